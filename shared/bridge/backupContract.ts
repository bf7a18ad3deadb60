import type { BackupManifest, BackupReason } from '../backup';

/** Backups as the bridge reports them: what the settings and restore screens show. */

export interface BackupFileInfo {
  fileName: string;
  createdAt: string;
  reason: BackupReason;
  sizeBytes: number;
  rowCounts: Record<string, number>;
  appVersion: string;
  schemaVersion: number;
}

export type BackupWriteProblem =
  | 'disk-full'
  | 'folder-missing'
  | 'no-permission'
  | 'verify-failed'
  | 'not-a-backup'
  | 'unknown';

export interface BackupFailure {
  at: string;
  problem: BackupWriteProblem;
  /** In words, with what to do. */
  reason: string;
}

export interface BackupFolderState {
  /** Where automatic backups go; null in the browser build, which downloads them instead. */
  folder: string | null;
  /** Backups in the folder, newest first. */
  backups: BackupFileInfo[];
  lastFailure: BackupFailure | null;
}

export type WriteBackupResult =
  | { written: true; backup: BackupFileInfo }
  | { written: false; failure: BackupFailure };

/** A backup file is written and listed under a name made from its manifest. */
export function backupFileInfo(
  fileName: string,
  sizeBytes: number,
  manifest: BackupManifest,
): BackupFileInfo {
  return {
    fileName,
    createdAt: manifest.createdAt,
    reason: manifest.reason,
    sizeBytes,
    rowCounts: manifest.rowCounts,
    appVersion: manifest.appVersion,
    schemaVersion: manifest.schemaVersion,
  };
}

/** clientele-backup-2026-11-30T10-00-00-000Z.clientele-backup: sorts by date, safe on every disk. */
export function backupFileName(manifest: BackupManifest): string {
  const stamp = manifest.createdAt.replace(/[:.]/g, '-');
  const prefix = manifest.reason === 'before-restore' ? 'clientele-before-restore' : 'clientele-backup';
  return `${prefix}-${stamp}.clientele-backup`;
}

/** A name the main process accepts for reading a backup from its folder. */
export function backupFileNameProblem(name: unknown): string {
  if (typeof name !== 'string') return 'The backup name is not text.';
  if (!/^clientele-(backup|before-restore)-[0-9TZ-]{10,40}\.clientele-backup$/.test(name))
    return 'The name is not one of Clientele’s backup files.';
  return '';
}
