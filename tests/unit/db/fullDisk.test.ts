import { describeStorageError, storageProblemOf } from '@shared/storage/storageErrors';
import { describe, expect, it } from 'vitest';
import { snapshotTables } from '../../../renderer/src/db/backupRepository';
import { createClient } from '../../../renderer/src/db/clientsRepository';
import { commitImport } from '../../../renderer/src/db/importRepository';
import { createMailingList } from '../../../renderer/src/db/mailingListsRepository';
import { loadSampleData } from '../../../renderer/src/db/sampleDataRepository';
import { restoreBackup, takeSnapshot } from '../../../renderer/src/features/backups/worker/backupWork';
import { clientDetails } from '../support/clients';
import { databaseOnFillingDisk } from './fullDisk';
import { prepareFileImport } from './importTestSupport';
import { freshDatabase } from './testDatabase';

const sheet = [
  'Name,Email,Company',
  'Ana Ruiz,ana@ruiz.example,Ruiz Estudio',
  'Bob Stone,bob@stone.example,Stone Ltd',
  'Cara Diaz,cara@diaz.example,',
].join('\n');

/** A book with one client of its own, on a disk that has room for `writes` more writes. */
async function bookOnFillingDisk() {
  const disk = await databaseOnFillingDisk();
  await createClient(disk.db, clientDetails('b2b', { organization: 'Kept Ltd' }));
  return { ...disk, before: await snapshotTables(disk.db) };
}

async function failure(work: Promise<unknown>): Promise<unknown> {
  try {
    await work;
  } catch (error) {
    return error;
  }
  throw new Error('expected the write to fail');
}

describe('a full disk on every write path', () => {
  it('a client form: says the client was not saved and why, and stores nothing', async () => {
    const { db, fillAfter, before } = await bookOnFillingDisk();
    fillAfter(0);
    const error = await failure(createClient(db, clientDetails('b2c', { given: 'Zoë', family: 'Ångström' })));
    expect(describeStorageError(error, 'The client “Zoë Ångström”')).toBe(
      'The client “Zoë Ångström” was not saved: there is no room left to store it (the disk or the storage Clientele may use is full). Nothing was changed. Free some disk space, then try again.',
    );
    expect(await snapshotTables(db)).toEqual(before);
  });

  it('an import: fails part way through and leaves the book as it was', async () => {
    const { db, fillAfter, before } = await bookOnFillingDisk();
    const prepared = await prepareFileImport(db, 'contacts.csv', sheet);
    fillAfter(1);
    const error = await failure(commitImport(db, prepared));
    expect(storageProblemOf(error)).toBe('full');
    expect(describeStorageError(error, 'The import')).toMatch(
      /^The import was not saved: there is no room left/,
    );
    expect(await snapshotTables(db)).toEqual(before);
  });

  it('sample data: fails after the clients are written and keeps none of them', async () => {
    const { db, fillAfter, before } = await bookOnFillingDisk();
    fillAfter(2);
    const error = await failure(loadSampleData(db, 40, '2026-11-30'));
    expect(storageProblemOf(error)).toBe('full');
    expect(await snapshotTables(db)).toEqual(before);
  });

  it('a mailing list: is not created', async () => {
    const { db, fillAfter, before } = await bookOnFillingDisk();
    fillAfter(0);
    const error = await failure(createMailingList(db, 2026));
    expect(describeStorageError(error, 'The new mailing list')).toMatch(
      /^The new mailing list was not saved/,
    );
    expect(await snapshotTables(db)).toEqual(before);
  });

  it('a restore: fails after some tables are replaced and leaves every table as it was', async () => {
    const source = await freshDatabase();
    await loadSampleData(source, 10, '2026-11-30');
    const { file } = await takeSnapshot(source, 'manual', '2026-11-30T10:00:00.000Z');
    const { db, fillAfter, before } = await bookOnFillingDisk();
    fillAfter(3);
    const error = await failure(restoreBackup(db, file));
    expect(storageProblemOf(error)).toBe('full');
    expect(await snapshotTables(db)).toEqual(before);
  });
});
