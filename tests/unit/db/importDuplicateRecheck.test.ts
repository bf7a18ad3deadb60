import { describe, expect, it } from 'vitest';
import { createClient } from '../../../renderer/src/db/clientsRepository';
import { commitImport, undoImportBatch } from '../../../renderer/src/db/importRepository';
import { prepareImport } from '../../../renderer/src/features/importExport/worker/prepareImport';
import { clientDetails } from '../support/clients';
import { openImport } from './importTestSupport';
import { freshDatabase } from './testDatabase';

const sheet = [
  'Name,Email,Company',
  'Ana Ruiz,ana@ruiz.example,Ruiz Estudio',
  'Bob Stone,bob@stone.example,Stone Ltd',
].join('\n');

const choices = { action: 'skip' as const, overrides: [], batchTag: 'Imported 2026-11' };

describe('importing the same file in two tabs', () => {
  it("creates each client once: the second import finds the first one's clients when it writes", async () => {
    const db = await freshDatabase();
    // Both tabs open the file before either imports it, so neither preview sees a duplicate.
    const firstTab = await openImport(db, 'contacts.csv', sheet);
    const secondTab = await openImport(db, 'contacts.csv', sheet);

    const first = await commitImport(db, prepareImport(firstTab, choices));
    const second = await commitImport(db, prepareImport(secondTab, choices));

    expect(first.batch.counts).toMatchObject({ created: 2, skipped: 0 });
    expect(second.batch.counts).toMatchObject({ created: 0, skipped: 2 });
    expect(await db.clients.count()).toBe(2);
  });

  it('still creates a client the user chose to import beside a match the preview showed', async () => {
    const db = await freshDatabase();
    await createClient(db, clientDetails('b2b', { given: 'Ana', family: 'Ruiz', email: 'ana@ruiz.example' }));
    const session = await openImport(db, 'contacts.csv', sheet);

    const { batch } = await commitImport(db, prepareImport(session, { ...choices, action: 'import-as-new' }));

    expect(batch.counts).toMatchObject({ created: 2, skipped: 0 });
    expect(await db.clients.count()).toBe(3);
  });

  it('creates the clients again once the other import was undone', async () => {
    const db = await freshDatabase();
    const firstTab = await openImport(db, 'contacts.csv', sheet);
    const secondTab = await openImport(db, 'contacts.csv', sheet);
    const first = await commitImport(db, prepareImport(firstTab, choices));
    await undoImportBatch(db, first.batch.id);

    const second = await commitImport(db, prepareImport(secondTab, choices));

    expect(second.batch.counts).toMatchObject({ created: 2 });
    expect(await db.clients.count()).toBe(2);
  });
});
