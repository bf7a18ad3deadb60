import { planBackupRetention } from '@shared/backup';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const now = '2026-11-30T12:00:00.000Z';

function hoursBefore(hours: number): string {
  return new Date(Date.parse(now) - hours * 3_600_000).toISOString();
}

const sorted = (values: string[]) => [...values].sort();

describe('planBackupRetention', () => {
  it('keeps everything while there are ten or fewer backups', () => {
    const dates = Array.from({ length: 10 }, (_, index) => hoursBefore(index * 24 * 400));
    expect(planBackupRetention(dates, now)).toEqual({ keep: dates, remove: [] });
  });

  it('keeps the ten newest of a busy day and one a day for the two weeks before', () => {
    const today = Array.from({ length: 30 }, (_, index) => hoursBefore(index * 0.25));
    const earlierDays = Array.from({ length: 20 }, (_, day) => [
      hoursBefore(24 * (day + 1)),
      hoursBefore(24 * (day + 1) + 1),
    ]);
    const plan = planBackupRetention([...today, ...earlierDays.flat()], now);
    expect(plan.keep).toEqual(expect.arrayContaining(today.slice(0, 10)));
    // Days 1..13 before today: the newest of each; today is already covered by the ten newest.
    for (const [newest, older] of earlierDays.slice(0, 13)) {
      expect(plan.keep).toContain(newest);
      expect(plan.remove).toContain(older);
    }
    expect(plan.remove).toEqual(expect.arrayContaining(today.slice(10)));
  });

  it('keeps one a month for twelve months and removes older ones', () => {
    const monthly = Array.from({ length: 18 }, (_, month) =>
      new Date(Date.UTC(2026, 10 - month, 3, 9)).toISOString(),
    );
    const recent = Array.from({ length: 10 }, (_, index) => hoursBefore(index));
    const plan = planBackupRetention([...recent, ...monthly], now);
    // 3 November is older than the ten newest, outside the 14 days, and not this month's newest.
    expect(plan.remove).toContain(monthly[0]);
    for (const kept of monthly.slice(1, 12)) expect(plan.keep).toContain(kept);
    for (const removed of monthly.slice(12)) expect(plan.remove).toContain(removed);
  });

  it('keeps a backup whose date cannot be read rather than deleting it', () => {
    const dates = [...Array.from({ length: 12 }, (_, index) => hoursBefore(index)), 'not a date'];
    expect(planBackupRetention(dates, now).keep).toContain('not a date');
  });

  it('treats duplicate dates as separate backups, each kept or removed once', () => {
    const same = hoursBefore(24 * 40);
    const dates = [...Array.from({ length: 10 }, (_, index) => hoursBefore(index)), same, same];
    const plan = planBackupRetention(dates, now);
    expect(plan.keep.filter((date) => date === same)).toHaveLength(1);
    expect(plan.remove).toEqual([same]);
  });

  it('follows the rules for any sequence of backup dates', () => {
    const nowTime = Date.parse(now);
    const backupDate = fc
      .integer({ min: 0, max: 500 * 24 * 60 })
      .map((minutesAgo) => new Date(nowTime - minutesAgo * 60_000).toISOString());
    fc.assert(
      fc.property(fc.array(backupDate, { maxLength: 120 }), (dates) => {
        const plan = planBackupRetention(dates, now);
        expect(sorted([...plan.keep, ...plan.remove])).toEqual(sorted(dates));

        const newestFirst = [...dates].sort().reverse();
        const tenNewest = newestFirst.slice(0, 10);
        const newestOfEach = (key: (date: string) => string, window: Set<string>) => {
          const newest = new Map<string, string>();
          for (const date of newestFirst)
            if (window.has(key(date)) && !newest.has(key(date))) newest.set(key(date), date);
          return [...newest.values()];
        };
        const dayWindow = new Set(
          Array.from({ length: 14 }, (_, back) =>
            new Date(nowTime - back * 86_400_000).toISOString().slice(0, 10),
          ),
        );
        const monthWindow = new Set(
          Array.from({ length: 12 }, (_, back) =>
            new Date(Date.UTC(2026, 10 - back, 1)).toISOString().slice(0, 7),
          ),
        );
        const expected = new Set([
          ...tenNewest,
          ...newestOfEach((date) => date.slice(0, 10), dayWindow),
          ...newestOfEach((date) => date.slice(0, 7), monthWindow),
        ]);
        expect(sorted([...new Set(plan.keep)])).toEqual(sorted([...expected]));
      }),
      { numRuns: 300 },
    );
  });
});
