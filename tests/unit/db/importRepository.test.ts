import { describe, expect, it } from 'vitest';
import { createClient, getClientDetails, updateClient } from '../../../renderer/src/db/clientsRepository';
import {
  commitImport,
  recentImportBatches,
  undoImportBatch,
} from '../../../renderer/src/db/importRepository';
import { createProject } from '../../../renderer/src/db/projectsRepository';
import { clientDetails } from '../support/clients';
import { allClients, importFile, openImport, prepareFileImport } from './importTestSupport';
import { freshDatabase, projectDetails } from './testDatabase';

const sheet = [
  'Name,Email,Company,Phone,City',
  'Ana Ruiz,ana@ruiz.example,Ruiz Estudio,+34 600 123 456,Madrid',
  'Bob Stone,bob@stone.example,Stone Ltd,,Bristol',
  'Cara Diaz,cara@diaz.example,,,Sevilla',
  ',,,,Leeds',
].join('\n');

async function bookWithAna() {
  const db = await freshDatabase();
  const anaId = await createClient(
    db,
    clientDetails('b2b', {
      organization: 'Ruiz Estudio',
      given: 'Ana',
      family: 'Ruiz',
      email: 'ana@ruiz.example',
    }),
  );
  return { db, anaId };
}

describe('committing an import', () => {
  it('creates the new clients and fills in the matched one, in one batch with the state before', async () => {
    const { db, anaId } = await bookWithAna();
    const anaBefore = await db.clients.get(anaId);
    const { batch } = await importFile(db, 'contacts.csv', sheet, 'fill-empty');

    expect(batch.counts).toMatchObject({ rows: 4, created: 2, updated: 1, skipped: 0, refused: 1 });
    const created = await db.clients.where('importBatchId').equals(batch.id).toArray();
    expect(created.map((client) => client.sortName).sort()).toEqual(['diaz cara', 'stone ltd']);
    expect(created.every((client) => client.tags.includes('Imported from a spreadsheet 2026-11'))).toBe(true);
    expect([...batch.createdClientIds].sort()).toEqual(created.map((client) => client.id).sort());
    const ana = await getClientDetails(db, anaId);
    expect(ana?.contacts[0]?.phones.map((phone) => phone.value)).toEqual(['+34 600 123 456']);
    expect(ana?.tags).toEqual([]);
    expect(batch.updatedBefore).toEqual([anaBefore]);
    expect(await recentImportBatches(db)).toEqual([batch]);
  });

  it('writes nothing at all when a write fails part way', async () => {
    const { db, anaId } = await bookWithAna();
    const before = await allClients(db);
    const prepared = await prepareFileImport(db, 'contacts.csv', sheet, 'fill-empty');
    // The last client to add clashes with one already stored: the batch fails after the first adds.
    const created = [...prepared.created];
    const clash = { ...(created[0] as (typeof created)[0]), id: anaId };
    await expect(commitImport(db, { ...prepared, created: [...created, clash] })).rejects.toThrow();
    expect(await allClients(db)).toEqual(before);
    expect(await db.importBatches.count()).toBe(0);
  });

  it('writes nothing when cancelled while writing', async () => {
    const db = await freshDatabase();
    const rows = Array.from({ length: 5000 }, (_, n) => `Person ${n},person${n}@example.com`);
    const prepared = await prepareFileImport(db, 'big.csv', ['Name,Email', ...rows].join('\n'));
    const cancel = new AbortController();
    const commit = commitImport(db, prepared, {
      signal: cancel.signal,
      onProgress: (fraction) => {
        if (fraction < 1) cancel.abort();
      },
    });
    await expect(commit).rejects.toThrow();
    expect(await db.clients.count()).toBe(0);
    expect(await db.importBatches.count()).toBe(0);
  });

  it('creates nothing when the same file is imported again', async () => {
    const { db } = await bookWithAna();
    await importFile(db, 'contacts.csv', sheet, 'fill-empty');
    const afterFirst = await allClients(db);
    const again = await openImport(db, 'contacts.csv', sheet);
    expect(again.state.classification.counts).toEqual({
      new: 0,
      duplicate: 3,
      conflict: 0,
      'file-duplicate': 0,
    });
    for (const action of ['skip', 'fill-empty'] as const) {
      expect(again.plan({ action, overrides: [] })).toMatchObject({ create: 0, update: 0 });
    }
    expect(await allClients(db)).toEqual(afterFirst);
  });
});

describe('undoing an import', () => {
  it('puts the client book back exactly as it was', async () => {
    const { db } = await bookWithAna();
    const before = await allClients(db);
    const { batch } = await importFile(db, 'contacts.csv', sheet, 'fill-empty');
    const { undo, batch: undone } = await undoImportBatch(db, batch.id, '2026-11-24T10:00:00.000Z');
    expect(undo).toEqual({ removed: 2, restored: 1, kept: 0 });
    expect(await allClients(db)).toEqual(before);
    expect(undone.undoneAt).toBe('2026-11-24T10:00:00.000Z');
    await expect(undoImportBatch(db, batch.id)).rejects.toThrow('has already been undone');
  });

  it('keeps clients given a project or edited after the import, and counts them', async () => {
    const { db, anaId } = await bookWithAna();
    const { batch } = await importFile(db, 'contacts.csv', sheet, 'fill-empty');
    const [bobId, caraId] = batch.createdClientIds;
    await createProject(db, projectDetails(bobId as string));
    const cara = await getClientDetails(db, caraId as string);
    await updateClient(db, caraId as string, {
      ...(cara as NonNullable<typeof cara>),
      notes: 'Called in December',
    });
    const ana = await db.clients.get(anaId);
    await createProject(db, projectDetails(anaId));

    const { undo } = await undoImportBatch(db, batch.id);
    expect(undo).toEqual({ removed: 0, restored: 1, kept: 2 });
    expect(await db.clients.count()).toBe(3);
    const restoredAna = await db.clients.get(anaId);
    // Ana's details are back as before the import; the project added since still counts.
    expect(restoredAna?.contacts).toEqual(batch.updatedBefore[0]?.contacts);
    expect(restoredAna?.updatedAt).toBe(batch.updatedBefore[0]?.updatedAt);
    expect(restoredAna?.projectCount).toBe(1);
    expect(ana?.contacts[0]?.phones).toHaveLength(1);
  });
});
