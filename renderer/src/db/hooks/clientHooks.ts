import type { Client, ClientKind } from '@shared/model/client';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../appDatabase';
import { firstPageOfClients } from '../clientListFirstPage';
import { loadClientsByIds } from '../clientsRepository';
import { loadClientsNotOfKinds } from '../mailingListsRepository';

/** Named live reads of clients for components: undefined while loading. */

/** One client: null when there is no such client (any more). */
export function useClient(id: string | undefined): Client | null | undefined {
  return useLiveQuery(async () => (id ? ((await db.clients.get(id)) ?? null) : null), [id]);
}

/** The clients with these ids that exist, by id. */
export function useClientsById(ids: readonly string[]): Map<string, Client> | undefined {
  return useLiveQuery(async () => {
    const found = await db.clients.bulkGet([...ids]);
    return new Map(found.flatMap((client): [string, Client][] => (client ? [[client.id, client]] : [])));
  }, [ids.join(',')]);
}

/** The clients with these ids that still exist, by sort name. */
export function useClientsByIds(ids: readonly string[]): Client[] | undefined {
  return useLiveQuery(() => loadClientsByIds(db, ids), [[...ids].sort().join(',')]);
}

/** Everyone of the other kinds, by sort name; nothing is read (an empty list) while `enabled` is false. */
export function useClientsNotOfKinds(kinds: readonly ClientKind[], enabled: boolean): Client[] | undefined {
  return useLiveQuery(
    () => (enabled ? loadClientsNotOfKinds(db, kinds) : []),
    [[...kinds].sort().join(','), enabled],
  );
}

/** The first clients by name and the total, from the sort index; nothing is read while `enabled` is false. */
export function useFirstPageOfClients(
  limit: number,
  enabled: boolean,
): { ids: string[]; total: number } | undefined {
  return useLiveQuery(() => (enabled ? firstPageOfClients(db, limit) : undefined), [limit, enabled]);
}
