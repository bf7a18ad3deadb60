/** Dates are ISO-8601 date strings (YYYY-MM-DD) wherever the time of day does not matter. */

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when the text is a real calendar date in YYYY-MM-DD form (no 2025-02-30). */
export function isValidIsoDate(text: string): boolean {
  const match = isoDatePattern.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Today's date in the local time zone, as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  const year = now.getFullYear();
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/** Adds whole months, clamping the day (2024-01-31 + 1 month = 2024-02-29). */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const totalMonths = year * 12 + (month - 1) + months;
  const newYear = Math.floor(totalMonths / 12);
  const newMonth = (totalMonths % 12) + 1;
  const newDay = Math.min(day, daysInMonth(newYear, newMonth));
  return `${String(newYear).padStart(4, '0')}-${String(newMonth).padStart(2, '0')}-${String(newDay).padStart(2, '0')}`;
}

/** Formats an ISO date for people, in the given locale, without time-zone drift. */
export function formatIsoDate(isoDate: string, locale?: string): string {
  if (!isValidIsoDate(isoDate)) return '';
  return dateFormatter(locale).format(new Date(`${isoDate}T00:00:00Z`));
}

// Building an Intl formatter costs far more than using one; lists format hundreds of dates.
const dateFormatters = new Map<string, Intl.DateTimeFormat>();

function dateFormatter(locale: string | undefined): Intl.DateTimeFormat {
  const key = locale ?? '';
  let formatter = dateFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    dateFormatters.set(key, formatter);
  }
  return formatter;
}
