import type { Page } from '@playwright/test';

/**
 * The floor for restoring a backup: plain IndexedDB puts of the backup's rows into a scratch
 * database whose stores have the same keys and indexes as the app's, in one transaction with
 * strict durability (as the app writes). Reading and unpacking the file are not timed. What a
 * restore cannot go below in this browser, on this disk, with these rows.
 */
export async function measureRestoreFloor(page: Page, backup: Buffer): Promise<{ ms: number; rows: number }> {
  await page.route('**/restore-floor.clientele-backup', (route) =>
    route.fulfill({ body: backup, contentType: 'application/octet-stream' }),
  );
  return page.evaluate(floorRun);
}

/** Runs in the page. */
async function floorRun(): Promise<{ ms: number; rows: number }> {
  const request = <T>(opening: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      opening.onsuccess = () => resolve(opening.result);
      opening.onerror = () => reject(opening.error);
    });
  const bytes = new Uint8Array(await (await fetch('/restore-floor.clientele-backup')).arrayBuffer());
  const contentStart = bytes.indexOf(0x0a, bytes.indexOf(0x0a) + 1) + 1;
  const json = await new Response(
    new Blob([bytes.subarray(contentStart)]).stream().pipeThrough(new DecompressionStream('gzip')),
  ).text();
  const tables = (JSON.parse(json) as { tables: Record<string, unknown[]> }).tables;

  const app = await request(indexedDB.open('clientele'));
  const stores = Array.from(app.objectStoreNames, (name) => {
    const store = app.transaction(name, 'readonly').objectStore(name);
    return {
      name,
      keyPath: store.keyPath,
      indexes: Array.from(store.indexNames, (indexName) => {
        const index = store.index(indexName);
        return {
          name: indexName,
          keyPath: index.keyPath,
          unique: index.unique,
          multiEntry: index.multiEntry,
        };
      }),
    };
  });
  app.close();

  const scratchName = `restore-floor-${crypto.randomUUID()}`;
  const opening = indexedDB.open(scratchName, 1);
  opening.onupgradeneeded = () => {
    for (const store of stores) {
      const created = opening.result.createObjectStore(store.name, { keyPath: store.keyPath });
      for (const index of store.indexes)
        created.createIndex(index.name, index.keyPath, {
          unique: index.unique,
          multiEntry: index.multiEntry,
        });
    }
  };
  const scratch = await request(opening);
  let rows = 0;
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const transaction = scratch.transaction(
      stores.map((store) => store.name),
      'readwrite',
      { durability: 'strict' },
    );
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
    for (const store of stores) {
      const objectStore = transaction.objectStore(store.name);
      for (const row of tables[store.name] ?? []) {
        objectStore.put(row);
        rows += 1;
      }
    }
  });
  const ms = performance.now() - started;
  scratch.close();
  await request(indexedDB.deleteDatabase(scratchName));
  return { ms, rows };
}

/**
 * The floor for reading the book: plain IndexedDB getAll() of every store of the app's
 * database, all asked for at once in one read-only transaction. Resolves with the ms and rows.
 */
export async function measureReadFloor(page: Page): Promise<{ ms: number; rows: number }> {
  return page.evaluate(async () => {
    const app = await new Promise<IDBDatabase>((resolve, reject) => {
      const opening = indexedDB.open('clientele');
      opening.onsuccess = () => resolve(opening.result);
      opening.onerror = () => reject(opening.error);
    });
    const names = Array.from(app.objectStoreNames);
    const started = performance.now();
    const transaction = app.transaction(names, 'readonly');
    const results = await Promise.all(
      names.map(
        (name) =>
          new Promise<unknown[]>((resolve, reject) => {
            const reading = transaction.objectStore(name).getAll();
            reading.onsuccess = () => resolve(reading.result);
            reading.onerror = () => reject(reading.error);
          }),
      ),
    );
    const ms = performance.now() - started;
    app.close();
    return { ms, rows: results.reduce((sum, rows) => sum + rows.length, 0) };
  });
}
