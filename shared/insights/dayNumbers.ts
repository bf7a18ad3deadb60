import { isValidIsoDate } from '../dates/isoDate';

const msPerDay = 86_400_000;

/** Days since 1970-01-01 for a YYYY-MM-DD date, so gaps between dates are plain subtraction. */
export function isoToDayNumber(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(year, month - 1, day) / msPerDay);
}

function dayNumberToIso(dayNumber: number): string {
  return new Date(dayNumber * msPerDay).toISOString().slice(0, 10);
}

export function addDays(isoDate: string, days: number): string {
  return dayNumberToIso(isoToDayNumber(isoDate) + days);
}

/** The valid dates among the given ones, each once, oldest first. */
export function distinctSortedDates(dates: readonly string[]): string[] {
  return [...new Set(dates.filter(isValidIsoDate))].sort();
}

export const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "2023, 2024 and 2025". */
export function listInWords(items: readonly (string | number)[]): string {
  const texts = items.map(String);
  if (texts.length <= 1) return texts.join('');
  return `${texts.slice(0, -1).join(', ')} and ${texts[texts.length - 1]}`;
}
