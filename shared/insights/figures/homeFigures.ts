import type { InsightsBook } from '../book';
import { type HeadlineFigures, headlineFigures } from '../headline';
import { type ContactEntry, dueToBuyEntries, lapsedEntries, verifyEntries } from '../thisWeek';

export interface HomeFiguresOptions {
  today: string;
  homeCurrency: string;
  lapsedAfterMonths: number;
  dueToBuyLeadWeeks: number;
  repeatMinCompletedProjects: number;
}

/** The home screen's figures: who to contact this week and how the year is going. */
export interface HomeFigures {
  headline: HeadlineFigures;
  lapsed: ContactEntry[];
  due: ContactEntry[];
  verify: ContactEntry[];
}

/** Still listed this long after the expected purchase (overdue), and the age of contact to check. */
const dueToBuyOverdueWeeks = 8;
const verifyAfterMonths = 24;

export function homeFigures(book: InsightsBook, options: HomeFiguresOptions): HomeFigures {
  const entryOptions = { ...options, dueToBuyOverdueWeeks, verifyAfterMonths };
  return {
    headline: headlineFigures(book.projects, {
      today: options.today,
      repeatMinCompletedProjects: options.repeatMinCompletedProjects,
    }),
    lapsed: lapsedEntries(book.clients, book.projects, entryOptions),
    due: dueToBuyEntries(book.clients, book.projects, entryOptions),
    verify: verifyEntries(book.clients, book.projects, entryOptions),
  };
}
