/**
 * Whether the user should be warned about their backups: the last attempt failed, or the
 * newest good backup is more than a week old (or there is none).
 */
const staleBackupDays = 7;

export interface BackupHealthInput {
  /** ISO time of the newest good backup, or null when there is none. */
  lastGoodAt: string | null;
  lastFailure: { at: string; reason: string } | null;
  now: string;
}

export function backupWarning({ lastGoodAt, lastFailure, now }: BackupHealthInput): string | null {
  const failedSinceGood = lastFailure !== null && (lastGoodAt === null || lastFailure.at > lastGoodAt);
  if (failedSinceGood) return `The last backup failed. ${lastFailure.reason}`;
  if (lastGoodAt === null) return 'There is no backup of your client book yet. Choose “Back up now”.';
  const ageDays = (Date.parse(now) - Date.parse(lastGoodAt)) / 86_400_000;
  if (ageDays > staleBackupDays)
    return `The last good backup is ${Math.floor(ageDays)} days old. Choose “Back up now” to make a fresh one.`;
  return null;
}
