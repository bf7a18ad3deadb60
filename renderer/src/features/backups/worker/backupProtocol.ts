import type { BackupManifest, BackupPhase, BackupReason } from '@shared/backup';

/** Messages between the renderer and the backup worker. */
export type BackupWorkerRequest =
  | { id: number; kind: 'snapshot'; reason: BackupReason; createdAt: string }
  | { id: number; kind: 'check'; file: Uint8Array }
  | { id: number; kind: 'restore'; file: Uint8Array };

export interface Snapshot {
  file: Uint8Array;
  manifest: BackupManifest;
}

export type BackupWorkerResult = Snapshot | BackupManifest;

export type BackupWorkerResponse =
  | { id: number; ok: true; result: BackupWorkerResult; phases: BackupPhase[] }
  /** errorName tells a refused backup from a database error, which is put in words by the caller. */
  | { id: number; ok: false; message: string; errorName: string };
