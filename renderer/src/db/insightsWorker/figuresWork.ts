import type { InsightsBook } from '@shared/insights/book';
import { computeFigures, type Figures, type FiguresRequest, figuresKey } from '@shared/insights/figures';
import type { ClienteleDatabase } from '../database';
import { readStamp } from '../dataChangeStamp';
import { readInsightsBook } from './readInsightsBook';
import { type SavedFiguresDatabase, saveFigures } from './savedFigures';

export interface ComputedFigures {
  figures: Figures;
  stamp: string;
}

/**
 * Reads the book (again only when its stamp moved), computes one screen's figures and saves
 * them for the next start. The stamp is read before the book, so figures are never marked
 * newer than the data they saw: a write during the read only makes them look out of date.
 */
export class FiguresWork {
  private book: { stamp: string; book: InsightsBook } | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: ClienteleDatabase,
    private readonly saved: SavedFiguresDatabase,
  ) {}

  /** One request at a time: two screens asking together share one read of the book. */
  compute(request: FiguresRequest): Promise<ComputedFigures> {
    const next = this.queue.then(() => this.run(request));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async run(request: FiguresRequest): Promise<ComputedFigures> {
    const stamp = await readStamp(this.db.dataChangeStamps);
    if (!this.book || this.book.stamp !== stamp || stamp === '') {
      this.book = null;
      this.book = { stamp, book: await readInsightsBook(this.db) };
    }
    const figures = computeFigures(this.book.book, request);
    // No stamp yet means no write since the stamp began: nothing to tell these figures apart by.
    if (stamp !== '') {
      await saveFigures(this.saved, {
        id: figuresKey(request),
        screen: request.screen,
        stamp,
        figures,
        savedAt: new Date().toISOString(),
      }).catch(() => undefined);
    }
    return { figures, stamp };
  }
}
