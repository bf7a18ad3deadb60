import { clientListEntry } from '@shared/clients/listQuery';
import type { Client } from '@shared/model/client';
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';
import type { ClientListChange } from './clientListBroadcast';
import type { ClientListIndex } from './clientListIndex';
import type { ClienteleDatabase } from './database';

interface PendingChanges {
  stored: Client[];
  deletedIds: string[];
  reload: boolean;
}

/**
 * A Dexie middleware that tells the client list index about every write to `clients`, once
 * the transaction has committed: an aborted transaction changes nothing, in the database or
 * in the index. Writes by key are applied as they are; a range delete reloads the index. The
 * same change is announced to the app's other tabs and windows.
 */
export function clientListSync(
  index: ClientListIndex,
  db: ClienteleDatabase,
  /** Tells the app's other tabs and windows (ClientListBroadcast). */
  announce: (change: ClientListChange) => void = () => undefined,
): Middleware<DBCore> {
  const pending = new WeakMap<object, PendingChanges>();

  const changesFor = (transaction: object): PendingChanges => {
    let changes = pending.get(transaction);
    if (!changes) {
      const created: PendingChanges = { stored: [], deletedIds: [], reload: false };
      changes = created;
      pending.set(transaction, created);
      (transaction as IDBTransaction).addEventListener('complete', () => {
        pending.delete(transaction);
        const stored = created.reload ? [] : created.stored.map(clientListEntry);
        if (created.reload) void index.reload(db);
        else index.apply(stored, created.deletedIds);
        announce({
          stored,
          deletedIds: created.reload ? [] : created.deletedIds,
          reload: created.reload,
        });
      });
    }
    return changes;
  };

  const record = (request: DBCoreMutateRequest, failures: Set<number>) => {
    const changes = changesFor(request.trans);
    if (request.type === 'add' || request.type === 'put') {
      request.values.forEach((value, position) => {
        if (!failures.has(position)) changes.stored.push(value as Client);
      });
    } else if (request.type === 'delete') {
      changes.deletedIds.push(...(request.keys as string[]));
    } else {
      changes.reload = true;
    }
  };

  return {
    stack: 'dbcore',
    name: 'clientListSync',
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        if (tableName !== 'clients') return table;
        return {
          ...table,
          mutate: async (request) => {
            const result = await table.mutate(request);
            record(request, new Set(Object.keys(result.failures).map(Number)));
            return result;
          },
        };
      },
    }),
  };
}
