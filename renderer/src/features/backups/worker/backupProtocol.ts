import type { BackupManifest, BackupPhase, BackupReason } from '@shared/backup';

/** Messages between the renderer and the backup worker. */
export type BackupWorkerRequest =
  | { id: number; kind: 'snapshot'; reason: BackupReason; createdAt: string }
  | { id: number; kind: 'check'; file: Uint8Array }
  /** checkId names the check whose unpacked data the worker may still hold; file is used otherwise. */
  | { id: number; kind: 'restore'; file: Uint8Array; checkId: number }
  | { id: number; kind: 'forget' };

export interface Snapshot {
  file: Uint8Array;
  manifest: BackupManifest;
}

/** A checked file's manifest, and the id its restore passes back. */
export interface CheckedFile {
  manifest: BackupManifest;
  checkId: number;
}

export type BackupWorkerResult = Snapshot | CheckedFile | BackupManifest | null;

export type BackupWorkerResponse =
  | { id: number; ok: true; result: BackupWorkerResult; phases: BackupPhase[] }
  /** errorName tells a refused backup from a database error, which is put in words by the caller. */
  | { id: number; ok: false; message: string; errorName: string };
