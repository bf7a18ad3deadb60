import { createPhaseTimes, type TimePhase } from '@shared/backup';
import { workerDatabase as db } from '../../../db/workerDatabase';
import type { BackupWorkerRequest, BackupWorkerResponse, BackupWorkerResult } from './backupProtocol';
import { checkBackup, restoreBackup, takeSnapshot, type UnpackedBackup } from './backupWork';

/**
 * Snapshots, checks and restores run here so that reading, compressing and hashing a whole
 * database never holds up the window. The worker has its own connection to the same database.
 */

/** The file checked last, unpacked, kept until it is restored or the dialog is closed. */
let checked: { id: number; backup: UnpackedBackup } | null = null;

async function run(request: BackupWorkerRequest, time: TimePhase): Promise<BackupWorkerResult> {
  switch (request.kind) {
    case 'snapshot':
      return takeSnapshot(db(), request.reason, request.createdAt, time);
    case 'check': {
      checked = null;
      const backup = await checkBackup(db(), request.file, time);
      checked = { id: request.id, backup };
      return { manifest: backup.manifest, checkId: request.id };
    }
    case 'restore': {
      const kept = checked?.id === request.checkId ? checked.backup : null;
      checked = null;
      return restoreBackup(db(), kept ?? request.file, time);
    }
    case 'forget':
      checked = null;
      return null;
  }
}

function reply(response: BackupWorkerResponse, transfer: Transferable[] = []): void {
  (self as unknown as Worker).postMessage(response, transfer);
}

self.addEventListener('message', (event: MessageEvent<BackupWorkerRequest>) => {
  const request = event.data;
  const { phases, time } = createPhaseTimes();
  run(request, time).then(
    (result) =>
      reply(
        { id: request.id, ok: true, result, phases },
        result !== null && 'file' in result ? [result.file.buffer] : [],
      ),
    (error: unknown) => {
      const failure = error instanceof Error ? error : new Error(String(error));
      // Dexie wraps the browser's error (e.g. QuotaExceededError) in `inner`.
      const inner = (failure as { inner?: unknown }).inner;
      const cause = inner instanceof Error ? inner : failure;
      reply({ id: request.id, ok: false, message: failure.message, errorName: cause.name });
    },
  );
});
