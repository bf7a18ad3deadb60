import { backUp, newestBackup } from './backupActions';
import { useBackupStore } from './backupStore';
import { isBackupDueAtQuit } from './backupTiming';

/** Resolves once no backup or restore is running (an automatic one may be under way at quit). */
function backupsIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (useBackupStore.getState().working === '') return resolve();
    const stop = useBackupStore.subscribe((state) => {
      if (state.working !== '') return;
      stop();
      resolve();
    });
  });
}

/**
 * What the page does when the desktop app quits: a backup if anything changed since the newest
 * one or the daily one is due, shown as "Backing up before quitting…". A failure is recorded by
 * the backup itself (and warned about at the next start); the quit goes on either way.
 */
export async function backUpBeforeQuit(now: () => number = Date.now): Promise<void> {
  const store = useBackupStore.getState();
  // A backup already under way is what the quit waits for: say so while it finishes.
  if (store.working !== '') store.set({ quitting: true });
  try {
    await backupsIdle();
    const newest = newestBackup();
    const lastBackupAt = newest ? Date.parse(newest.createdAt) : null;
    if (!isBackupDueAtQuit(now(), lastBackupAt, useBackupStore.getState().lastChangeAt)) return;
    useBackupStore.getState().set({ quitting: true });
    await backUp('at-quit');
  } finally {
    useBackupStore.getState().set({ quitting: false });
  }
}
