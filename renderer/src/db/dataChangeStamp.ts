import type { DBCore, DBCoreMutateRequest, DBCoreTransaction, Middleware, Transaction } from 'dexie';

/**
 * A stamp that changes with every write to the tables the insights figures are computed from.
 * Figures saved with the stamp they were computed at are current exactly while it is unchanged.
 * The stamp is written in the same transaction as the change, so no crash can leave them apart.
 */
const dataChangeStampTable = 'dataChangeStamps';
const stampId = 'book';

export interface DataChangeStampRow {
  id: typeof stampId;
  stamp: string;
}

/** Writes to these change what Home, Customer data, Marketing or reverse tracking show. */
const watchedTables: ReadonlySet<string> = new Set([
  'clients',
  'projects',
  'serviceTypes',
  'marketingActivities',
  'clientActivityLinks',
  'touches',
  'referrals',
]);

function newStampRow(): DataChangeStampRow {
  return { id: stampId, stamp: crypto.randomUUID() };
}

/** The version 8 upgrade: a first stamp, so figures saved before any later write can be trusted. */
export async function addFirstStamp(transaction: Transaction): Promise<void> {
  await transaction.table(dataChangeStampTable).put(newStampRow());
}

export async function readStamp(table: {
  get(id: string): Promise<DataChangeStampRow | undefined>;
}): Promise<string> {
  return (await table.get(stampId))?.stamp ?? '';
}

function hasStore(trans: DBCoreTransaction, name: string): boolean {
  // Dexie's DBCore transaction is the IndexedDB transaction (an upgrade's may lack the table yet).
  const names = (trans as unknown as IDBTransaction).objectStoreNames;
  return names ? names.contains(name) : false;
}

/** Adds the stamp table to every read-write transaction on a watched table, and bumps it once in each. */
export const dataChangeStampMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'dataChangeStamp',
  create(down) {
    const stamped = new WeakSet<DBCoreTransaction>();
    const hasStampTable = () => down.schema.tables.some((table) => table.name === dataChangeStampTable);
    return {
      ...down,
      transaction(stores, mode, options) {
        const widen =
          mode === 'readwrite' &&
          !stores.includes(dataChangeStampTable) &&
          stores.some((name) => watchedTables.has(name)) &&
          hasStampTable();
        return down.transaction(widen ? [...stores, dataChangeStampTable] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (!watchedTables.has(name)) return table;
        return {
          ...table,
          mutate(request: DBCoreMutateRequest) {
            const trans = request.trans;
            if (stamped.has(trans) || !hasStore(trans, dataChangeStampTable)) return table.mutate(request);
            stamped.add(trans);
            // Both requests go out together, inside the caller's transaction.
            const result = table.mutate(request);
            const bump = down
              .table(dataChangeStampTable)
              .mutate({ type: 'put', trans, values: [newStampRow()] });
            return Promise.all([result, bump]).then(([answer]) => answer);
          },
        };
      },
    };
  },
};
