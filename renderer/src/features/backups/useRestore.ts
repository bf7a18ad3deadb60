import type { BackupManifest } from '@shared/backup';
import type { OpenedFile } from '@shared/bridge/contract';
import { useState } from 'react';
import { bridge } from '../../bridge';
import { db } from '../../db/appDatabase';
import { countTableRows } from '../../db/backupRepository';
import { backUp } from './backupActions';
import { useBackupStore } from './backupStore';
import { checkBackupFile, forgetCheckedBackup, restoreBackupFile } from './backupWorkerClient';

/** Kept across the reload that follows a restore, so the panel can say what happened. */
export const restoredNoteKey = 'clientele:restored';

export interface RestoreCandidate {
  file: OpenedFile;
  manifest: BackupManifest;
  /** The worker's check of this file, whose unpacked data the restore reuses. */
  checkId: number;
  currentCounts: Record<string, number>;
}

/**
 * The restore flow: read the file, check it completely (refusing it with the reason), show the
 * counts, back up the current data, then replace the database and reload the window so every
 * screen and index starts from the restored data.
 */
export function useRestore() {
  const [candidate, setCandidate] = useState<RestoreCandidate | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const consider = async (read: () => Promise<OpenedFile | null>) => {
    setProblem(null);
    try {
      const file = await read();
      if (!file) return;
      const { manifest, checkId } = await checkBackupFile(file.bytes);
      setCandidate({ file, manifest, checkId, currentCounts: await countTableRows(db) });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setProblem(`This backup cannot be restored. ${reason} Nothing was changed.`);
    }
  };

  const confirm = async () => {
    if (!candidate) return;
    setCandidate(null);
    const before = await backUp('before-restore');
    if (!before.written) {
      forgetCheckedBackup();
      setProblem(
        `Nothing was restored: your current data could not be backed up first. ${before.failure.reason}`,
      );
      return;
    }
    const store = useBackupStore.getState();
    store.set({ working: 'restoring' });
    try {
      const manifest = await restoreBackupFile(candidate.file.bytes, candidate.checkId);
      sessionStorage.setItem(
        restoredNoteKey,
        `Restored ${candidate.file.name}: ${(manifest.rowCounts.clients ?? 0).toLocaleString()} clients, ${(manifest.rowCounts.projects ?? 0).toLocaleString()} projects. Your previous data was saved as ${before.backup.fileName}.`,
      );
      window.location.reload();
    } catch (error) {
      store.set({ working: '' });
      const reason = error instanceof Error ? error.message : String(error);
      setProblem(`Nothing was restored. ${reason}`);
    }
  };

  return {
    candidate,
    problem,
    openFile: () => consider(() => bridge.openBackupFile()),
    openListed: (fileName: string) =>
      consider(async () => ({ name: fileName, bytes: await bridge.readBackup(fileName) })),
    confirm,
    cancel: () => {
      forgetCheckedBackup();
      setCandidate(null);
    },
  };
}
