/**
 * Which backups to keep, in the spirit of Time Machine: the 10 newest; the newest of each of the
 * 14 calendar days ending today; the newest of each of the 12 calendar months ending this month
 * (all in UTC). Every input date is either kept or removed, exactly once (duplicates included).
 */

const keptNewest = 10;
const keptDays = 14;
const keptMonths = 12;

export interface BackupRetentionPlan {
  keep: string[];
  remove: string[];
}

const dayMs = 24 * 60 * 60 * 1000;

function utcDayNumber(time: number): number {
  return Math.floor(time / dayMs);
}

function utcMonthNumber(time: number): number {
  const date = new Date(time);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

export function planBackupRetention(dates: string[], now: string): BackupRetentionPlan {
  const nowTime = Date.parse(now);
  const entries = dates.map((date, index) => ({ date, index, time: Date.parse(date) }));
  // A date that cannot be read is never a reason to delete a backup.
  const kept = new Set(entries.filter((entry) => Number.isNaN(entry.time)).map((entry) => entry.index));
  const dated = entries
    .filter((entry) => !Number.isNaN(entry.time))
    .sort((a, b) => b.time - a.time || a.index - b.index);

  for (const entry of dated.slice(0, keptNewest)) kept.add(entry.index);

  if (!Number.isNaN(nowTime)) {
    const today = utcDayNumber(nowTime);
    const thisMonth = utcMonthNumber(nowTime);
    const daysSeen = new Set<number>();
    const monthsSeen = new Set<number>();
    for (const entry of dated) {
      const day = utcDayNumber(entry.time);
      if (day <= today && day > today - keptDays && !daysSeen.has(day)) {
        daysSeen.add(day);
        kept.add(entry.index);
      }
      const month = utcMonthNumber(entry.time);
      if (month <= thisMonth && month > thisMonth - keptMonths && !monthsSeen.has(month)) {
        monthsSeen.add(month);
        kept.add(entry.index);
      }
    }
  }

  const plan: BackupRetentionPlan = { keep: [], remove: [] };
  for (const entry of entries) (kept.has(entry.index) ? plan.keep : plan.remove).push(entry.date);
  return plan;
}
