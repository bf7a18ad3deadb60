import { type ClientListEntry, clientListEntry } from '@shared/clients/listQuery';
import type { ClientListIndex } from './clientListIndex';

/**
 * What the import worker sends of each client it wrote: the client list's own entry (one
 * projection, shared/clients/listQuery), small next to a whole record. The names are those the
 * import feature uses.
 */
export type ClientListFields = ClientListEntry;
export const clientListFields = clientListEntry;

/**
 * Tells the page's client list index about clients the import worker wrote through its own
 * connection, which the page's middleware (clientListSync) does not see.
 */
export function applyClientsWrittenElsewhere(
  index: ClientListIndex,
  written: readonly ClientListEntry[],
): void {
  index.apply(written, []);
}
