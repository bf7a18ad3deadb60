import { createPhaseTimes } from '@shared/backup';
import { describe, expect, it } from 'vitest';
import { readTablesForBackup, snapshotTables } from '../../../renderer/src/db/backupRepository';
import { createClient } from '../../../renderer/src/db/clientsRepository';
import { loadSampleData } from '../../../renderer/src/db/sampleDataRepository';
import {
  BackupRefusedError,
  checkBackup,
  restoreBackup,
  takeSnapshot,
} from '../../../renderer/src/features/backups/worker/backupWork';
import { clientDetails } from '../support/clients';
import { freshDatabase } from './testDatabase';

describe('a backup read and a restore unpacked once', () => {
  it('reads every table with plain IndexedDB reads, row for row as the database holds them', async () => {
    const db = await freshDatabase();
    await loadSampleData(db, 12, '2026-11-30');
    const pending = await readTablesForBackup(db);
    const read = Object.fromEntries(
      await Promise.all(Object.entries(pending).map(async ([name, rows]) => [name, await rows] as const)),
    );
    expect(read).toEqual(await snapshotTables(db));
    db.close();
  });

  it('restores a checked file from what the check unpacked, without unpacking it again', async () => {
    const source = await freshDatabase();
    await loadSampleData(source, 8, '2026-11-30');
    const { file } = await takeSnapshot(source, 'manual', '2026-11-30T10:00:00.000Z');
    const target = await freshDatabase();
    await createClient(target, clientDetails('b2c', { given: 'Replaced', family: 'Person' }));

    const checked = await checkBackup(target, file);
    const { phases, time } = createPhaseTimes();
    const manifest = await restoreBackup(target, checked, time);

    expect(manifest).toEqual(checked.manifest);
    expect(phases.map((phase) => phase.name)).toEqual(['write tables']);
    expect(await snapshotTables(target)).toEqual(await snapshotTables(source));
  });

  it('refuses a damaged file at the check, before anything could be restored', async () => {
    const source = await freshDatabase();
    await createClient(source, clientDetails('b2b', { organization: 'Backed Up Ltd' }));
    const { file } = await takeSnapshot(source, 'manual', '2026-11-30T10:00:00.000Z');
    const damaged = file.slice();
    damaged[damaged.byteLength - 20] = (damaged[damaged.byteLength - 20] ?? 0) ^ 0xff;
    await expect(checkBackup(source, damaged)).rejects.toThrow(BackupRefusedError);
    await expect(checkBackup(source, damaged)).rejects.toThrow(/checksum/);
  });
});
