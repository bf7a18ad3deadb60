import type { Page } from '@playwright/test';

/** One floor run: what the import cannot go below with the same libraries and the same data. */
export interface FloorRun {
  parseMs: number;
  writeMs: number;
}

/**
 * The floor for the import benchmark, measured in a page of the app's origin with an on-disk
 * IndexedDB: PapaParse parsing the same file, plus one Dexie bulkPut of as many ready
 * client-shaped objects into a table with the clients' schema. Building the objects and
 * reading the file are not timed. The page is a blank one served in place of the app, so the
 * libraries' UMD builds can be added as script tags.
 */
export async function measureImportFloor(page: Page, csvPath: string, runs: number): Promise<FloorRun[]> {
  await page.route('**/import-floor.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><meta charset="utf-8"><title>Floor</title>',
    }),
  );
  await page.route('**/import-floor.csv', (route) =>
    route.fulfill({ path: csvPath, contentType: 'text/csv; charset=utf-8' }),
  );
  await page.goto('/import-floor.html');
  await page.addScriptTag({ path: 'node_modules/papaparse/papaparse.min.js' });
  await page.addScriptTag({ path: 'node_modules/dexie/dist/dexie.js' });
  const results: FloorRun[] = [];
  for (let run = 0; run < runs; run += 1) results.push(await page.evaluate(floorRun));
  return results;
}

/** Runs in the page. */
async function floorRun(): Promise<FloorRun> {
  interface DexieTable {
    bulkPut(objects: unknown[]): Promise<unknown>;
  }
  interface DexieDb {
    version(n: number): { stores(schema: Record<string, string>): void };
    open(): Promise<unknown>;
    close(): void;
    table(name: string): DexieTable;
  }
  const globals = window as unknown as {
    Papa: { parse(text: string, options: { skipEmptyLines: boolean }): { data: string[][] } };
    Dexie: { new (name: string, options: object): DexieDb; delete(name: string): Promise<void> };
  };
  const text = await (await fetch('/import-floor.csv')).text();
  const parseStarted = performance.now();
  const parsed = globals.Papa.parse(text, { skipEmptyLines: true });
  const parseMs = performance.now() - parseStarted;
  const stamp = new Date().toISOString();
  const objects = parsed.data.slice(1).map((row, index) => {
    const cell = (column: number) => row[column] ?? '';
    const name = `${cell(0)} ${cell(2)}`.trim();
    return {
      id: crypto.randomUUID(),
      kind: cell(10) ? 'b2b' : 'b2c',
      organization: cell(10),
      website: cell(35),
      contacts: [
        {
          id: crypto.randomUUID(),
          givenName: cell(0),
          familyName: cell(2),
          jobTitle: cell(11),
          emails: [{ label: 'work', value: cell(18) }],
          phones: [{ label: 'mobile', value: cell(22) }],
        },
      ],
      address: { lines: [cell(27)], city: cell(28), region: cell(30), postalCode: cell(31), country: '' },
      social: {},
      source: { channel: '', detail: '' },
      preferredContact: '',
      permissions: { email: true, post: true },
      doNotContact: false,
      verifiedOn: '',
      tags: ['Imported from Google 2026-11'],
      notes: cell(14),
      projectCount: 0,
      completedProjectCount: 0,
      activeProjectCount: 0,
      firstProjectDate: '',
      lastProjectDate: '',
      totalBilledMinor: 0,
      billedByCurrency: {},
      createdAt: stamp,
      updatedAt: stamp,
      sortName: (cell(10) || name).toLowerCase(),
      searchWords: [...new Set(`${name} ${cell(10)} ${cell(28)} ${cell(18)}`.toLowerCase().split(/\s+/))],
      matchKeys: [`email:${cell(18).toLowerCase()}`, `phone:${cell(22).replace(/\D/g, '')}`, `name:${index}`],
      importBatchId: 'floor',
    };
  });
  await globals.Dexie.delete('import-floor');
  const db = new globals.Dexie('import-floor', { chromeTransactionDurability: 'strict' });
  db.version(1).stores({ clients: 'id, sortName, kind, importBatchId' });
  await db.open();
  const writeStarted = performance.now();
  await db.table('clients').bulkPut(objects);
  const writeMs = performance.now() - writeStarted;
  db.close();
  return { parseMs, writeMs };
}
