import {
  type BackupManifest,
  type BackupReason,
  type BackupTables,
  packBackup,
  type TimePhase,
  unpackBackup,
  untimed,
} from '@shared/backup';
import { RestoreRefusedError, readTablesForBackup, restoreTables } from '../../../db/backupRepository';
import type { WorkerDatabase } from '../../../db/workerDatabase';
import { appVersion } from '../appVersion';
import type { Snapshot } from './backupProtocol';

/** The work the backup worker does, apart from messaging, so unit tests can run it directly. */

export class BackupRefusedError extends Error {
  override name = 'BackupRefusedError';
}

/** A backup file that passed every check, unpacked: what a restore writes. */
export interface UnpackedBackup {
  manifest: BackupManifest;
  tables: BackupTables;
}

export async function takeSnapshot(
  db: WorkerDatabase,
  reason: BackupReason,
  createdAt: string,
  time: TimePhase = untimed,
): Promise<Snapshot> {
  const tables = await readTablesForBackup(db);
  // Timed on its own, though packing overlaps it: how long the browser took to read the book.
  const reading = time('read tables', () => Promise.all(Object.values(tables)));
  reading.catch(() => undefined);
  const snapshot = await packBackup({ appVersion, schemaVersion: db.verno, createdAt, reason, tables }, time);
  await reading;
  return snapshot;
}

/** Reads and checks a backup file completely, without changing anything. */
export async function checkBackup(
  db: WorkerDatabase,
  file: Uint8Array,
  time: TimePhase = untimed,
): Promise<UnpackedBackup> {
  if (!db.isOpen()) await db.open();
  const result = await unpackBackup(file, { appVersion, schemaVersion: db.verno }, time);
  if (!result.ok) throw new BackupRefusedError(result.reason);
  return result.value;
}

/**
 * Replaces the database with a backup (all or nothing): a file, checked here, or one that
 * `checkBackup` has already unpacked, so a checked file is not unpacked a second time.
 */
export async function restoreBackup(
  db: WorkerDatabase,
  backup: Uint8Array | UnpackedBackup,
  time: TimePhase = untimed,
): Promise<BackupManifest> {
  const { manifest, tables } = backup instanceof Uint8Array ? await checkBackup(db, backup, time) : backup;
  try {
    await restoreTables(db, tables, manifest.schemaVersion, time);
  } catch (error) {
    if (error instanceof RestoreRefusedError) throw new BackupRefusedError(error.message);
    throw error;
  }
  return manifest;
}
