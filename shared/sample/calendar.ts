import { isValidIsoDate } from '../dates/isoDate';
import type { SampleRandom } from './prng';

const dayMs = 86_400_000;

/** Days counted from 1970-01-01, so date arithmetic is integer addition. */
export interface SampleCalendar {
  today: number;
  /** The ISO date (YYYY-MM-DD) of a day number. */
  isoDate(day: number): string;
  /** An ISO date-time during office hours (UTC) on that day, shaped like Date#toISOString(). */
  timestamp(day: number, random: SampleRandom): string;
}

export function createSampleCalendar(today: string): SampleCalendar {
  if (!isValidIsoDate(today)) throw new RangeError(`"${today}" is not a date in YYYY-MM-DD form.`);
  const todayDay = Date.parse(`${today}T00:00:00Z`) / dayMs;
  // Sample data touches a few thousand distinct days; formatting each once keeps 80,000 records fast.
  const formatted = new Map<number, string>();
  const isoDate = (day: number): string => {
    let text = formatted.get(day);
    if (text === undefined) {
      text = new Date(day * dayMs).toISOString().slice(0, 10);
      formatted.set(day, text);
    }
    return text;
  };
  return {
    today: todayDay,
    isoDate,
    // toISOString gives one flat string; gluing pieces would keep each timestamp as a tree of parts.
    timestamp: (day, random) =>
      new Date(day * dayMs + random.int(7 * 3_600_000, 19 * 3_600_000 - 1)).toISOString(),
  };
}
