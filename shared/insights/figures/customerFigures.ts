import type { InsightsBook } from '../book';
import { type BusinessInRange, businessInRange, type RepeatShare, repeatShare } from '../customers';
import { type LapsedClient, lapsedClients } from '../lapsed';
import {
  type NextService,
  nextServiceAfter,
  type SeasonCell,
  type ServiceYearCell,
  seasonality,
  servicesByYear,
} from '../services';

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
  lapsed: LapsedClient[];
  serviceNames: ReadonlyMap<string, string>;
}

export function customerFigures(book: InsightsBook, options: CustomerFiguresOptions): CustomerFigures {
  const seasonByService: Record<string, SeasonCell[]> = { '': seasonality(book.projects) };
  for (const id of book.serviceNames.keys()) seasonByService[id] = seasonality(book.projects, id);
  return {
    business: businessInRange(book.clients, book.projects, { from: options.from, to: options.to }),
    repeat: repeatShare(book.projects, options.repeatMinCompletedProjects),
    services: servicesByYear(book.projects),
    nextServices: nextServiceAfter(book.projects),
    seasonByService,
    lapsed: lapsedClients(book.clients, book.projects, options),
    serviceNames: book.serviceNames,
  };
}
