import type { BackupReason } from '@shared/backup';
import type { BackupFileInfo, WriteBackupResult } from '@shared/bridge/backupContract';
import { bridge } from '../../bridge';
import { useBackupStore } from './backupStore';
import { snapshotDatabase } from './backupWorkerClient';

/** Reloads the folder listing (desktop) into the store. */
export async function refreshBackups(): Promise<void> {
  const folderState = await bridge.listBackups();
  useBackupStore.getState().set({ folderState });
}

/**
 * Snapshots the database in the worker and hands the file to the bridge, which writes and
 * verifies it (desktop) or downloads it (browser). Resolves with what happened; never throws.
 */
export async function backUp(reason: BackupReason): Promise<WriteBackupResult> {
  const store = useBackupStore.getState();
  store.set({ working: 'backing-up' });
  try {
    const { file } = await snapshotDatabase(reason);
    const result = await bridge.writeBackup(file);
    store.set(
      result.written ? { lastMade: result.backup, lastError: null } : { lastError: result.failure.reason },
    );
    await refreshBackups();
    return result;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    store.set({ lastError: reason });
    return { written: false, failure: { at: new Date().toISOString(), problem: 'unknown', reason } };
  } finally {
    useBackupStore.getState().set({ working: '' });
  }
}

/** The newest good backup known: in the folder, or made in this session. */
export function newestBackup(): BackupFileInfo | null {
  const { folderState, lastMade } = useBackupStore.getState();
  const listed = folderState?.backups[0] ?? null;
  if (!listed) return lastMade;
  if (!lastMade) return listed;
  return listed.createdAt >= lastMade.createdAt ? listed : lastMade;
}
