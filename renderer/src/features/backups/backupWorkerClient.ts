import type { BackupManifest, BackupPhase, BackupReason } from '@shared/backup';
import { describeStorageError } from '@shared/storage/storageErrors';
import { workerCalls } from '../../db/workerCalls';
import type {
  BackupWorkerRequest,
  BackupWorkerResponse,
  BackupWorkerResult,
  CheckedFile,
  Snapshot,
} from './worker/backupProtocol';

/** A backup that cannot be restored; its message says why, in words. */
class BackupRefusal extends Error {
  override name = 'BackupRefusal';
}

type Request = BackupWorkerRequest extends infer R
  ? R extends { id: number }
    ? Omit<R, 'id'>
    : never
  : never;

const backupWorker = workerCalls<Request, BackupWorkerResponse>(
  () =>
    new Worker(new URL('./worker/backupWorker.ts', import.meta.url), {
      type: 'module',
      name: 'Clientele backup',
    }),
  'The backup stopped unexpectedly. Nothing was changed; try again.',
);

/** The worker's steps as performance measures of the window ("backup snapshot: read tables"). */
function showPhases(kind: Request['kind'], phases: BackupPhase[]): void {
  for (const phase of phases)
    performance.measure(`backup ${kind}: ${phase.name}`, {
      start: phase.startedAt - performance.timeOrigin,
      duration: phase.durationMs,
    });
}

function workerError(response: Extract<BackupWorkerResponse, { ok: false }>, kind: Request['kind']): Error {
  if (response.errorName === 'BackupRefusedError') return new BackupRefusal(response.message);
  const what = kind === 'snapshot' ? 'The backup' : 'The restored data';
  return new Error(describeStorageError({ name: response.errorName }, what));
}

async function call(request: Request, transfer: Transferable[] = []): Promise<BackupWorkerResult> {
  const response = await backupWorker(request, transfer);
  if (!response.ok) throw workerError(response, request.kind);
  showPhases(request.kind, response.phases);
  return response.result;
}

/** Reads, compresses and checksums the whole database in the worker. */
export function snapshotDatabase(reason: BackupReason): Promise<Snapshot> {
  return call({ kind: 'snapshot', reason, createdAt: new Date().toISOString() }) as Promise<Snapshot>;
}

/**
 * Checks a backup file completely without changing anything; rejects with a BackupRefusal.
 * The worker keeps the unpacked file for `restoreBackupFile` until it is restored or forgotten.
 */
export function checkBackupFile(file: Uint8Array): Promise<CheckedFile> {
  return call({ kind: 'check', file: file.slice() }) as Promise<CheckedFile>;
}

/** Lets the worker drop the file it checked last (the user chose not to restore it). */
export function forgetCheckedBackup(): void {
  void call({ kind: 'forget' }).catch(() => undefined);
}

/**
 * Replaces the database with the backup, all or nothing; rejects with a BackupRefusal or a
 * worded error. The file checked as `checkId` is not unpacked again if the worker still holds it.
 */
export function restoreBackupFile(file: Uint8Array, checkId: number): Promise<BackupManifest> {
  const copy = file.slice();
  return call({ kind: 'restore', file: copy, checkId }, [copy.buffer]) as Promise<BackupManifest>;
}
