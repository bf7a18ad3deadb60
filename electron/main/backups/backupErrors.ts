import type { BackupFailure, BackupWriteProblem } from '@shared/bridge/backupContract';

/** A file-system error as the settings screen explains it: the cause and what to do. */
export function backupFailure(error: unknown, folder: string, at: string): BackupFailure {
  const code = (error as { code?: unknown } | null)?.code;
  const problem: BackupWriteProblem =
    code === 'ENOSPC' || code === 'EDQUOT'
      ? 'disk-full'
      : code === 'ENOENT' || code === 'ENOTDIR'
        ? 'folder-missing'
        : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
          ? 'no-permission'
          : 'unknown';
  return { at, problem, reason: failureReason(problem, folder) };
}

export function failureReason(problem: BackupWriteProblem, folder: string): string {
  switch (problem) {
    case 'disk-full':
      return `The backup was not saved: the disk holding ${folder} is full. Free some space, then choose “Back up now”.`;
    case 'folder-missing':
      return `The backup was not saved: the folder ${folder} is gone (deleted, renamed, or on a drive that is not connected). Reconnect the drive or choose another folder.`;
    case 'no-permission':
      return `The backup was not saved: Clientele may not write to ${folder}. Choose another folder, or allow Clientele to write there.`;
    case 'verify-failed':
      return `The backup was not saved: the file read back from ${folder} did not match what was written, so it was removed. Check the drive, then choose “Back up now”.`;
    case 'not-a-backup':
      return 'The backup was not saved: the app sent data that is not a complete backup. Restart Clientele and try again.';
    case 'unknown':
      return `The backup was not saved to ${folder} because of an unexpected file-system error. Try again, or choose another folder.`;
  }
}
