import type { Client } from '@shared/model/client';
import type { ClientListIndex } from './clientListIndex';

/** What the client list index reads of a client (clientListEntry): a small part of it. */
export type ClientListFields = Pick<
  Client,
  | 'id'
  | 'sortName'
  | 'searchWords'
  | 'kind'
  | 'tags'
  | 'lastProjectDate'
  | 'totalBilledMinor'
  | 'completedProjectCount'
  | 'activeProjectCount'
  | 'verifiedOn'
  | 'matchKeys'
  | 'createdAt'
  | 'address'
  | 'permissions'
  | 'doNotContact'
>;

export function clientListFields(client: Client): ClientListFields {
  return {
    id: client.id,
    sortName: client.sortName,
    searchWords: client.searchWords,
    kind: client.kind,
    tags: client.tags,
    lastProjectDate: client.lastProjectDate,
    totalBilledMinor: client.totalBilledMinor,
    completedProjectCount: client.completedProjectCount,
    activeProjectCount: client.activeProjectCount,
    verifiedOn: client.verifiedOn,
    matchKeys: client.matchKeys,
    createdAt: client.createdAt,
    address: client.address,
    permissions: client.permissions,
    doNotContact: client.doNotContact,
  };
}

/**
 * Tells the page's client list index about clients the import worker wrote through its own
 * connection, which the page's middleware (clientListSync) does not see. Only the fields the
 * index reads cross from the worker: whole records would cost the page seconds to receive.
 */
export function applyClientsWrittenElsewhere(
  index: ClientListIndex,
  written: readonly ClientListFields[],
): void {
  // clientListEntry reads only these fields; tests/unit/db/importIndexSync.test.ts holds it to that.
  index.apply(written as readonly Client[], []);
}
