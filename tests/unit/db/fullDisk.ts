import { ClienteleDatabase } from '../../../renderer/src/db/database';

/**
 * A database on a disk that fills up: once `fillAfter(n)` is called, the write after the next
 * n succeeds fails as IndexedDB fails when the quota is exhausted (a QuotaExceededError).
 */
export async function databaseOnFillingDisk(): Promise<{
  db: ClienteleDatabase;
  fillAfter: (writes: number) => void;
}> {
  let writesLeft = Number.POSITIVE_INFINITY;
  const db = new ClienteleDatabase(`full-disk-${crypto.randomUUID()}`);
  db.use({
    stack: 'dbcore',
    name: 'FillingDisk',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request) => {
            if (writesLeft <= 0)
              return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
            writesLeft -= 1;
            return table.mutate(request);
          },
        };
      },
    }),
  });
  await db.open();
  return {
    db,
    fillAfter: (writes) => {
      writesLeft = writes;
    },
  };
}
