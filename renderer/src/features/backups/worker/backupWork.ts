import {
  type BackupManifest,
  type BackupReason,
  packBackup,
  type TimePhase,
  unpackBackup,
  untimed,
} from '@shared/backup';
import { RestoreRefusedError, restoreTables, snapshotTables } from '../../../db/backupRepository';
import type { WorkerDatabase } from '../../../db/workerDatabase';
import { appVersion } from '../appVersion';
import type { Snapshot } from './backupProtocol';

/** The work the backup worker does, apart from messaging, so unit tests can run it directly. */

export class BackupRefusedError extends Error {
  override name = 'BackupRefusedError';
}

export async function takeSnapshot(
  db: WorkerDatabase,
  reason: BackupReason,
  createdAt: string,
  time: TimePhase = untimed,
): Promise<Snapshot> {
  if (!db.isOpen()) await db.open();
  const tables = await time('read tables', () => snapshotTables(db));
  return packBackup({ appVersion, schemaVersion: db.verno, createdAt, reason, tables }, time);
}

async function unpacked(db: WorkerDatabase, file: Uint8Array, time: TimePhase) {
  if (!db.isOpen()) await db.open();
  const result = await unpackBackup(file, { appVersion, schemaVersion: db.verno }, time);
  if (!result.ok) throw new BackupRefusedError(result.reason);
  return result.value;
}

/** Reads and checks a backup file completely, without changing anything. */
export async function checkBackup(
  db: WorkerDatabase,
  file: Uint8Array,
  time: TimePhase = untimed,
): Promise<BackupManifest> {
  return (await unpacked(db, file, time)).manifest;
}

/** Checks a backup file, then replaces the database with it (all or nothing). */
export async function restoreBackup(
  db: WorkerDatabase,
  file: Uint8Array,
  time: TimePhase = untimed,
): Promise<BackupManifest> {
  const { manifest, tables } = await unpacked(db, file, time);
  try {
    await restoreTables(db, tables, manifest.schemaVersion, time);
  } catch (error) {
    if (error instanceof RestoreRefusedError) throw new BackupRefusedError(error.message);
    throw error;
  }
  return manifest;
}
