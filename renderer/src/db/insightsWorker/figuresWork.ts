import type { InsightsBook } from '@shared/insights';
import {
  computeFigures,
  type Figures,
  type FiguresRequest,
  figuresKey,
  type ShownFigures,
} from '@shared/insights/figures';
import { clientIdsAt, parseGroupRef, shownFigures } from '@shared/insights/figures/shownFigures';
import type { ClienteleDatabase } from '../database';
import { readStamp } from '../dataChangeStamp';
import { readInsightsBook } from './readInsightsBook';
import { loadSavedFigures, type SavedFiguresDatabase, saveFigures } from './savedFigures';

export interface ComputedFigures {
  figures: ShownFigures;
  stamp: string;
}

/** Names figures of one screen, options and data stamp inside each client group's reference. */
function figuresSource(key: string, stamp: string): string {
  return JSON.stringify([key, stamp]);
}

/**
 * Reads the book (again only when its stamp moved), computes one screen's figures and saves
 * them for the next start. The stamp is read before the book, so figures are never marked
 * newer than the data they saw: a write during the read only makes them look out of date.
 * The full figures stay here; the screen gets them without client id lists (shownFigures.ts).
 */
export class FiguresWork {
  private book: { stamp: string; book: InsightsBook } | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  /** The latest full figures per figures key, for answering client groups. */
  private readonly full = new Map<string, { stamp: string; figures: Figures }>();

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

  /**
   * The client ids behind a figure on screen. They come from the very figures shown when those
   * are still kept; figures of older data (the screen says "Updating…") answer from the latest.
   */
  async clientIds(ref: string): Promise<string[]> {
    const { source, path } = parseGroupRef(ref);
    const [key, stamp] = JSON.parse(source) as [string, string];
    let kept = this.full.get(key);
    if (!kept || kept.stamp !== stamp) {
      const saved = await loadSavedFigures(this.saved, key).catch(() => undefined);
      if (saved && (saved.stamp === stamp || !kept)) kept = saved;
    }
    return kept ? clientIdsAt(kept.figures, path) : [];
  }

  private async run(request: FiguresRequest): Promise<ComputedFigures> {
    const stamp = await readStamp(this.db.dataChangeStamps);
    if (!this.book || this.book.stamp !== stamp || stamp === '') {
      this.book = null;
      this.book = { stamp, book: await readInsightsBook(this.db) };
    }
    const key = figuresKey(request);
    const figures = computeFigures(this.book.book, request);
    this.full.set(key, { stamp, figures });
    const shown = shownFigures(figures, figuresSource(key, stamp)) as ShownFigures;
    // No stamp yet means no write since the stamp began: nothing to tell these figures apart by.
    if (stamp !== '') {
      await saveFigures(
        this.saved,
        { id: key, screen: request.screen, stamp, figures, savedAt: new Date().toISOString() },
        shown,
      ).catch(() => undefined);
    }
    return { figures: shown, stamp };
  }
}
