import { packBackup } from '@shared/backup';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { snapshotTables, upgradeBackupTables } from '../../../renderer/src/db/backupRepository';
import { createClient } from '../../../renderer/src/db/clientsRepository';
import type { ClienteleDatabase } from '../../../renderer/src/db/database';
import { createProject } from '../../../renderer/src/db/projectsRepository';
import { loadSampleData } from '../../../renderer/src/db/sampleDataRepository';
import { type SchemaVersion, schemaVersions } from '../../../renderer/src/db/schema';
import {
  BackupRefusedError,
  restoreBackup,
  takeSnapshot,
} from '../../../renderer/src/features/backups/worker/backupWork';
import { clientDetails } from '../support/clients';
import { databaseAtVersion, freshDatabase, projectDetails } from './testDatabase';

/** Text that trips up encoders: accents, emoji, RTL, line separators, NUL, lone surrogates. */
const unusualText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(
    'Zoë Ångström',
    '😀👩‍👩‍👧',
    'مرحبا‎',
    'line\u2028sep',
    'nul\u0000byte',
    '\ud800 lone',
    '"quoted", comma',
  ),
);

/** Extra rows for every table of the database, with unusual text in their fields. */
function extraRows(db: ClienteleDatabase) {
  const row = fc.record({
    label: unusualText,
    note: unusualText,
    amountMinor: fc.integer(),
    flag: fc.boolean(),
  });
  return fc.tuple(
    ...db.tables.map((table) => fc.array(row, { maxLength: 4 }).map((rows) => ({ table, rows }))),
  );
}

async function fillWithExtras(db: ClienteleDatabase, extras: { table: { name: string }; rows: object[] }[]) {
  await db.transaction('rw', db.tables, async () => {
    for (const { table, rows } of extras) {
      const keyPath = db.table(table.name).schema.primKey.keyPath as string;
      await db.table(table.name).bulkAdd(
        rows.map((fields, index) => ({
          ...fields,
          [keyPath]: `extra-${index}`,
          nameKey: `extra-${index}`,
          id: `extra-${index}`,
        })),
      );
    }
  });
}

describe('backup and restore', () => {
  it('gives back identical tables after snapshot → file → restore, for generated books', async () => {
    const template = await freshDatabase();
    await fc.assert(
      fc.asyncProperty(
        extraRows(template),
        fc.integer({ min: 0, max: 15 }),
        async (extras, sampleClients) => {
          const source = await freshDatabase();
          await loadSampleData(source, sampleClients, '2026-11-30');
          await fillWithExtras(source, extras);
          const { file } = await takeSnapshot(source, 'manual', '2026-11-30T10:00:00.000Z');

          const target = await freshDatabase();
          await createClient(target, clientDetails('b2c', { given: 'Replaced', family: 'Person' }));
          await restoreBackup(target, file);
          expect(await snapshotTables(target)).toEqual(await snapshotTables(source));
          source.close();
          target.close();
        },
      ),
      { numRuns: 10 },
    );
    template.close();
  }, 120_000);

  it('backs up every table the database has, whatever the schema version', async () => {
    const db = await freshDatabase();
    const { manifest } = await takeSnapshot(db, 'manual', '2026-11-30T10:00:00.000Z');
    expect(Object.keys(manifest.rowCounts).sort()).toEqual(db.tables.map((table) => table.name).sort());
    expect(manifest.schemaVersion).toBe(db.verno);
  });

  it('refuses a damaged file and leaves the database as it was', async () => {
    const source = await freshDatabase();
    await createClient(source, clientDetails('b2b', { organization: 'Backed Up Ltd' }));
    const { file } = await takeSnapshot(source, 'manual', '2026-11-30T10:00:00.000Z');
    const target = await freshDatabase();
    await createClient(target, clientDetails('b2b', { organization: 'Still Here Inc' }));
    const before = await snapshotTables(target);
    const damaged = file.slice(0, file.byteLength - 10);
    await expect(restoreBackup(target, damaged)).rejects.toThrow(BackupRefusedError);
    await expect(restoreBackup(target, damaged)).rejects.toThrow(/cut short/);
    expect(await snapshotTables(target)).toEqual(before);
  });

  it('changes nothing when a row cannot be written (all or nothing)', async () => {
    const source = await freshDatabase();
    await createClient(source, clientDetails('b2b', { organization: 'Backed Up Ltd' }));
    await source.serviceTypes.bulkAdd([
      { id: 's1', name: 'Design', nameKey: 'design', createdAt: '', updatedAt: '' },
      { id: 's2', name: 'Copy', nameKey: 'copy', createdAt: '', updatedAt: '' },
    ] as never[]);
    const target = await freshDatabase();
    await createClient(target, clientDetails('b2b', { organization: 'Still Here Inc' }));
    const before = await snapshotTables(target);
    // Clients are written before service types, whose unique name key then breaks the restore.
    await expect(restoreBackup(target, await backupWithDuplicateServiceTypes(source))).rejects.toThrow();
    expect(await snapshotTables(target)).toEqual(before);
  });

  it('upgrades a backup from the first schema version through the same upgrades as the live database', async () => {
    const old = databaseAtVersion(`backup-old-${crypto.randomUUID()}`, 1);
    await old.open();
    const clientId = await createClient(old, clientDetails('b2b', { organization: 'Acme' }));
    await createProject(old, projectDetails(clientId));
    const { file, manifest } = await takeSnapshot(old, 'automatic', '2026-11-30T10:00:00.000Z');
    expect(manifest.schemaVersion).toBe(1);

    const target = await freshDatabase();
    await restoreBackup(target, file);
    expect((await target.clients.get(clientId))?.organization).toBe('Acme');
    expect(await target.projects.where('clientId').equals(clientId).count()).toBe(1);
    expect(await target.pricingScenarios.count()).toBe(0);
  });

  it('runs each upgrade function between the backup version and the current one', async () => {
    const withUpgrade: SchemaVersion[] = [
      ...schemaVersions,
      {
        version: 99,
        stores: {},
        upgrade: async (transaction) => {
          await transaction
            .table('clients')
            .toCollection()
            .modify((client: { notes: string }) => {
              client.notes = `${client.notes}upgraded`;
            });
        },
      },
    ];
    const upgraded = await upgradeBackupTables(
      { clients: [{ id: 'c1', sortName: 'a', kind: 'b2c', notes: '' }], projects: [] },
      Math.max(...schemaVersions.map((schema) => schema.version)),
      withUpgrade,
    );
    expect(upgraded.clients).toEqual([{ id: 'c1', sortName: 'a', kind: 'b2c', notes: 'upgraded' }]);
  });
});

/** A well-formed backup file whose service types collide on their unique name key. */
async function backupWithDuplicateServiceTypes(source: ClienteleDatabase): Promise<Uint8Array> {
  const tables = await snapshotTables(source);
  tables.serviceTypes = (tables.serviceTypes as object[]).map((row) => ({ ...row, nameKey: 'design' }));
  const { file } = await packBackup({
    appVersion: '0.0.1',
    schemaVersion: source.verno,
    createdAt: '2026-11-30T10:00:00.000Z',
    reason: 'manual',
    tables,
  });
  return file;
}
