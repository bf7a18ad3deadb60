import type { ClientListEntry } from '@shared/clients/listQuery';
import type { ClientListIndex } from './clientListIndex';
import type { ClienteleDatabase } from './database';

/** What one committed write did to clients: the list entries of those stored, the ids deleted. */
export interface ClientListChange {
  stored: readonly ClientListEntry[];
  deletedIds: readonly string[];
  /** A write the index cannot follow by key (clearing the table): read everything again. */
  reload: boolean;
}

const channelName = 'clientele:client-list';

/**
 * Keeps the client list index of every tab or window of the app in step. Each page announces the
 * writes it committed (clientListSync, and clients its import worker wrote); the others apply
 * them, so a client added in one tab shows in the list of the next and its duplicates are known
 * to an import there. Only list entries cross, never whole records.
 */
export class ClientListBroadcast {
  private readonly channel: BroadcastChannel | null;

  constructor(
    private readonly index: ClientListIndex,
    private readonly db: ClienteleDatabase,
  ) {
    this.channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelName) : null;
    this.channel?.addEventListener('message', (event: MessageEvent<ClientListChange>) =>
      this.receive(event.data),
    );
  }

  announce = (change: ClientListChange): void => {
    if (!change.reload && change.stored.length === 0 && change.deletedIds.length === 0) return;
    this.channel?.postMessage(change);
  };

  close(): void {
    this.channel?.close();
  }

  private receive(change: ClientListChange): void {
    if (change.reload) {
      void this.index.reload(this.db);
      return;
    }
    this.index.apply(change.stored, change.deletedIds);
  }
}
