import { addDays, distinctSortedDates, isoToDayNumber, listInWords, monthNames } from './dayNumbers';

export interface DueToBuy {
  /** YYYY-MM-DD the next purchase is expected, or null when the client has no rhythm. */
  expected: string | null;
  /** Why, in words, for the screen. */
  reason: string;
}

/** How many of the 4 calendar years before this one must share a month for a yearly rhythm. */
const yearlyRhythmMinYears = 3;
/** Fewest purchases (distinct dates) for an every-N-days rhythm, and how far each gap may stray. */
const regularRhythmMinPurchases = 4;

/** The rules in words, shown on the screens that list clients due to buy. */
export const dueToBuyRuleText =
  'A client who bought in the same month in at least 3 of the 4 previous calendar years is expected in that month next. ' +
  'Otherwise a client with at least 4 purchases spaced evenly (each gap within 20 % of the average gap) is expected the average gap after the last purchase. ' +
  'Anyone else has no rhythm yet.';

/**
 * When a client is expected to buy next, from the dates of their projects: the same calendar
 * month in at least 3 of the 4 years before today's year, else evenly spaced purchases.
 */
export function dueToBuy(projectDates: string[], today: string): DueToBuy {
  const dates = distinctSortedDates(projectDates);
  return yearlyRhythm(dates, today) ?? regularRhythm(dates) ?? noRhythm(dates.length);
}

function yearlyRhythm(dates: readonly string[], today: string): DueToBuy | null {
  const thisYear = Number(today.slice(0, 4));
  const thisMonth = Number(today.slice(5, 7));
  const yearsByMonth = new Map<number, Set<number>>();
  for (const date of dates) {
    const year = Number(date.slice(0, 4));
    if (year < thisYear - 4 || year >= thisYear) continue;
    const month = Number(date.slice(5, 7));
    const years = yearsByMonth.get(month) ?? new Set<number>();
    years.add(year);
    yearsByMonth.set(month, years);
  }
  const rhythmMonths = [...yearsByMonth.entries()]
    .filter(([, years]) => years.size >= yearlyRhythmMinYears)
    .map(([month]) => month)
    .sort((a, b) => a - b);
  if (rhythmMonths.length === 0) return null;
  const laterThisYear = rhythmMonths.find((month) => month >= thisMonth);
  const month = laterThisYear ?? (rhythmMonths[0] as number);
  const year = laterThisYear === undefined ? thisYear + 1 : thisYear;
  const years = [...(yearsByMonth.get(month) as Set<number>)].sort((a, b) => a - b);
  return {
    expected: `${year}-${String(month).padStart(2, '0')}-01`,
    reason: `Bought in ${monthNames[month - 1]} in ${listInWords(years)}.`,
  };
}

function regularRhythm(dates: readonly string[]): DueToBuy | null {
  if (dates.length < regularRhythmMinPurchases) return null;
  const days = dates.map(isoToDayNumber);
  const gaps = days.slice(1).map((day, index) => day - (days[index] as number));
  const total = gaps.reduce((sum, gap) => sum + gap, 0);
  // |gap − mean| ≤ 20 % of mean, in whole numbers: |n·gap − total| · 5 ≤ total.
  const even = gaps.every((gap) => Math.abs(gaps.length * gap - total) * 5 <= total);
  if (!even) return null;
  const meanGap = Math.round(total / gaps.length);
  const last = dates[dates.length - 1] as string;
  return {
    expected: addDays(last, meanGap),
    reason: `Bought ${dates.length} times about every ${meanGap} days (${approximateMonths(meanGap)}); last on ${last}.`,
  };
}

function approximateMonths(days: number): string {
  const months = Math.round(days / 30.44);
  if (months < 1) return 'less than a month apart';
  return months === 1 ? 'about monthly' : `about every ${months} months`;
}

function noRhythm(purchaseCount: number): DueToBuy {
  const reason =
    purchaseCount === 0
      ? 'No purchases yet, so no rhythm.'
      : `No rhythm: ${purchaseCount} ${purchaseCount === 1 ? 'purchase' : 'purchases'}, neither in the same month in 3 of the last 4 years nor evenly spaced 4 times or more.`;
  return { expected: null, reason };
}
