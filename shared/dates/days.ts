/** Day arithmetic on ISO dates (YYYY-MM-DD), in UTC so no time zone can shift a day. */

const dayMs = 24 * 60 * 60 * 1000;

function toUtcMs(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`);
}

/** The date `days` later (or earlier, when negative). */
export function addDays(isoDate: string, days: number): string {
  return new Date(toUtcMs(isoDate) + days * dayMs).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / dayMs);
}

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar date an instant falls on in a time zone (the user's own when none is given):
 * a call logged at 23:30 in New York is that day's call, though it is already tomorrow in UTC.
 */
export function localDateOf(instant: Date, timeZone?: string): string {
  const key = timeZone ?? '';
  let formatter = dayFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormatters.set(key, formatter);
  }
  const parts = formatter.formatToParts(instant);
  const part = (type: string) => parts.find((entry) => entry.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
