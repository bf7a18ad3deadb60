/** The timing rules of automatic backups, apart from timers so they can be tested. */

export const quietAfterChangesMs = 3 * 60_000;
export const minimumGapMs = 15 * 60_000;
const dailyMs = 24 * 60 * 60_000;

/** When the next automatic backup is due after a change, given the last one (ms since epoch). */
export function nextBackupAfterChange(changedAt: number, lastBackupAt: number | null): number {
  const afterQuiet = changedAt + quietAfterChangesMs;
  return lastBackupAt === null ? afterQuiet : Math.max(afterQuiet, lastBackupAt + minimumGapMs);
}

export function isDailyBackupDue(now: number, lastBackupAt: number | null): boolean {
  return lastBackupAt === null || now - lastBackupAt >= dailyMs;
}

/**
 * Whether quitting should wait for a backup: something changed since the newest backup (ms
 * since epoch; null when there is none), or the daily one is due.
 */
export function isBackupDueAtQuit(
  now: number,
  lastBackupAt: number | null,
  lastChangeAt: number | null,
): boolean {
  const changedSince = lastChangeAt !== null && (lastBackupAt === null || lastChangeAt >= lastBackupAt);
  return changedSince || isDailyBackupDue(now, lastBackupAt);
}
