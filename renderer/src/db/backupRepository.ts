import { type BackupTables, type TimePhase, untimed } from '@shared/backup';
import Dexie from 'dexie';
import { ClienteleDatabase } from './database';
import { type SchemaVersion, schemaVersions } from './schema';

/**
 * Snapshot and restore of the whole database. Tables are read from the Dexie instance rather
 * than listed here, so a table added by a later schema version is backed up without a change.
 */

/** Every row of every table, read in one transaction so the snapshot is consistent. */
export async function snapshotTables(db: Dexie): Promise<BackupTables> {
  return db.transaction('r', db.tables, async () => {
    // Every table is asked for at once: the browser reads the next while this one is unpacked.
    const rows = await Promise.all(db.tables.map((table) => table.toArray()));
    return Object.fromEntries(db.tables.map((table, index) => [table.name, rows[index] ?? []]));
  });
}

/**
 * Every table's rows for a backup, read with plain getAll() in one read-only transaction, so
 * the snapshot is consistent. All reads are asked for at once and each table's promise settles
 * as its rows arrive: the backup packs the first tables while the browser reads the rest.
 */
export async function readTablesForBackup(db: Dexie): Promise<Record<string, Promise<unknown[]>>> {
  if (!db.isOpen()) await db.open();
  const names = db.tables.map((table) => table.name);
  const transaction = db.backendDB().transaction(names, 'readonly');
  const reads = names.map((name) => {
    const reading = transaction.objectStore(name).getAll();
    const rows = new Promise<unknown[]>((resolve, reject) => {
      reading.onsuccess = () => resolve(reading.result);
      reading.onerror = () => reject(reading.error);
    });
    // The packer waits on the tables in turn; a failed read is reported by that wait.
    rows.catch(() => undefined);
    return [name, rows] as const;
  });
  return Object.fromEntries(reads);
}

export class RestoreRefusedError extends Error {
  override name = 'RestoreRefusedError';
}

/**
 * Brings a backup made at an older schema version up to the current one through the same
 * upgrade functions as the live database: the rows go into a scratch database at the backup's
 * version, which is then opened at the current version (running every upgrade in between).
 */
export async function upgradeBackupTables(
  tables: BackupTables,
  fromVersion: number,
  versions: readonly SchemaVersion[] = schemaVersions,
): Promise<BackupTables> {
  const scratchName = `clientele-restore-${crypto.randomUUID()}`;
  const older = new ClienteleDatabase(
    scratchName,
    versions.filter((schema) => schema.version <= fromVersion),
  );
  try {
    await writeAllTables(older, tables);
    older.close();
    const upgraded = new ClienteleDatabase(scratchName, versions);
    await upgraded.open();
    const result = await snapshotTables(upgraded);
    upgraded.close();
    return result;
  } finally {
    older.close();
    await Dexie.delete(scratchName);
  }
}

/**
 * Replaces every table with the backup's rows in one transaction: if anything fails (a full
 * disk, a row the schema refuses) the transaction aborts and the database is as it was.
 */
async function writeAllTables(db: Dexie, tables: BackupTables): Promise<void> {
  if (!db.isOpen()) await db.open();
  const known = new Set(db.tables.map((table) => table.name));
  const unknown = Object.keys(tables).filter((name) => !known.has(name));
  if (unknown.length > 0)
    throw new RestoreRefusedError(
      `The backup holds data this version of Clientele does not know (${unknown.join(', ')}). Update Clientele to restore it.`,
    );
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) {
      await table.clear();
      const rows = tables[table.name] ?? [];
      if (rows.length > 0) await table.bulkAdd(rows);
    }
  });
}

/** Restores a checked backup into the database, upgrading it first when it is older. */
export async function restoreTables(
  db: ClienteleDatabase,
  tables: BackupTables,
  backupSchemaVersion: number,
  time: TimePhase = untimed,
): Promise<void> {
  if (!db.isOpen()) await db.open();
  const current =
    backupSchemaVersion < db.verno
      ? await time('upgrade from an older version', () => upgradeBackupTables(tables, backupSchemaVersion))
      : tables;
  await time('write tables', () => writeAllTables(db, current));
}

/** Rows per table now, to set beside a backup's counts before restoring it. */
export async function countTableRows(db: Dexie): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of db.tables) counts[table.name] = await table.count();
  return counts;
}
