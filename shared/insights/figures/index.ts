import { marketingChannelLabels } from '../../model/marketing';
import type { InsightsBook } from '../book';
import { type TraceChoice, traceChoices, untracedClientIds } from '../tracing';
import { type CustomerFigures, type CustomerFiguresOptions, customerFigures } from './customerFigures';
import { type HomeFigures, type HomeFiguresOptions, homeFigures } from './homeFigures';
import { type MarketingFigures, type MarketingFiguresOptions, marketingFigures } from './marketingFigures';
import type { Shown } from './shownFigures';

export type { AssessedActivity, RepeatedSource } from './marketingFigures';
export { minClientsToJudge } from './marketingFigures';

/** Reverse tracking depends on the book alone. */
type TraceFiguresOptions = Record<string, never>;

/** Reverse tracking's queue (clients with no known source, newest first) and its answer keys. */
export interface TraceFigures {
  queue: string[];
  choices: TraceChoice[];
}

/** Which screen's figures, with everything they depend on besides the book. */
export type FiguresRequest =
  | { screen: 'home'; options: HomeFiguresOptions }
  | { screen: 'customers'; options: CustomerFiguresOptions }
  | { screen: 'marketing'; options: MarketingFiguresOptions }
  | { screen: 'trace'; options: TraceFiguresOptions };

export type FiguresScreen = FiguresRequest['screen'];

interface FiguresByScreen {
  home: HomeFigures;
  customers: CustomerFigures;
  marketing: MarketingFigures;
  trace: TraceFigures;
}

export type Figures = FiguresByScreen[FiguresScreen];

/** What crosses from the worker to a screen: the figures with counts in place of client id lists. */
export type ShownFiguresByScreen = { [S in FiguresScreen]: Shown<FiguresByScreen[S]> };

export type ShownFigures = ShownFiguresByScreen[FiguresScreen];

export function computeFigures(book: InsightsBook, request: FiguresRequest): Figures {
  switch (request.screen) {
    case 'home':
      return homeFigures(book, request.options);
    case 'customers':
      return customerFigures(book, request.options);
    case 'marketing':
      return marketingFigures(book, request.options);
    case 'trace':
      return {
        queue: untracedClientIds(book.clients, book.links),
        choices: traceChoices(book.activities, marketingChannelLabels),
      };
  }
}

/** One string per screen and options: figures are kept and looked up under it. */
export function figuresKey(request: FiguresRequest): string {
  const options = request.options as unknown as Record<string, unknown>;
  const sorted = Object.keys(options)
    .sort()
    .map((name) => [name, options[name]]);
  return `${request.screen}:${JSON.stringify(sorted)}`;
}
