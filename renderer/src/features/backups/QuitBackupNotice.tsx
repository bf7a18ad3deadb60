import { useBackupStore } from './backupStore';

/** Covers the window while the desktop app backs up before quitting, so the wait is explained. */
export function QuitBackupNotice() {
  const quitting = useBackupStore((state) => state.quitting);
  if (!quitting) return null;
  return (
    <div className="quit-backup" role="status">
      <div className="quit-backup__box">
        <h2>Backing up before quitting…</h2>
        <p>Clientele closes as soon as your client book is saved. To close at once, quit again.</p>
      </div>
    </div>
  );
}
