import type { InsightsBook } from '../book';
import { type BusinessInRange, businessInRange, type RepeatShare, repeatShare } from '../customers';
import { type LapsedClient, lapsedClients } from '../lapsed';
import {
  type MonthOfYear,
  monthsOfYear,
  type NextService,
  nextServiceAfter,
  type SeasonCell,
  type ServiceYearCell,
  seasonality,
  servicesByYear,
} from '../services';

/** Lapsed clients listed on the screen; the rest open in the client list. */
const lapsedShown = 20;

export interface CustomerFiguresOptions {
  today: string;
  homeCurrency: string;
  /** The "who has done business" range, YYYY-MM-DD both ends. */
  from: string;
  to: string;
  repeatMinCompletedProjects: number;
  lapsedAfterMonths: number;
}

/** The customer data screen's figures. */
export interface CustomerFigures {
  business: BusinessInRange;
  repeat: RepeatShare;
  services: ServiceYearCell[];
  nextServices: NextService[];
  /** Month-of-year cells per service type id; '' is all services together. */
  seasonByService: Record<string, SeasonCell[]>;
  /** The same added up per month over all years, January first, per service type id. */
  seasonMonthsByService: Record<string, MonthOfYear[]>;
  /** The most valuable lapsed clients (the screen lists these), and all of them. */
  lapsed: { top: LapsedClient[]; count: number; clientIds: string[] };
  serviceNames: ReadonlyMap<string, string>;
}

export function customerFigures(book: InsightsBook, options: CustomerFiguresOptions): CustomerFigures {
  const seasonByService: Record<string, SeasonCell[]> = { '': seasonality(book.projects) };
  for (const id of book.serviceNames.keys()) seasonByService[id] = seasonality(book.projects, id);
  const seasonMonthsByService: Record<string, MonthOfYear[]> = {};
  for (const [id, cells] of Object.entries(seasonByService)) seasonMonthsByService[id] = monthsOfYear(cells);
  const lapsed = lapsedClients(book.clients, book.projects, options);
  return {
    business: businessInRange(book.clients, book.projects, { from: options.from, to: options.to }),
    repeat: repeatShare(book.projects, options.repeatMinCompletedProjects),
    services: servicesByYear(book.projects),
    nextServices: nextServiceAfter(book.projects),
    seasonByService,
    seasonMonthsByService,
    lapsed: {
      top: lapsed.slice(0, lapsedShown),
      count: lapsed.length,
      clientIds: lapsed.map((entry) => entry.clientId),
    },
    serviceNames: book.serviceNames,
  };
}
