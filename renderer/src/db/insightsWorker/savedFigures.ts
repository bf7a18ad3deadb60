import type { Figures, FiguresScreen } from '@shared/insights/figures';
import Dexie, { type Table } from 'dexie';

/** Figures as last computed, with the data-change stamp of the book they came from. */
export interface SavedFigures {
  /** figuresKey: the screen and its options. */
  id: string;
  screen: FiguresScreen;
  stamp: string;
  figures: Figures;
  savedAt: string;
}

/**
 * Saved figures live in a database of their own: they are derived from the client book and can
 * be dropped at any time, so they stay out of backups, restores and the book's schema versions.
 */
export class SavedFiguresDatabase extends Dexie {
  figures!: Table<SavedFigures, string>;

  constructor(name = 'clientele-insights-figures') {
    super(name);
    this.version(1).stores({ figures: 'id, screen' });
  }
}

export function loadSavedFigures(db: SavedFiguresDatabase, key: string): Promise<SavedFigures | undefined> {
  return db.figures.get(key);
}

/** Keeps the new figures and drops the same screen's figures of older data. */
export async function saveFigures(db: SavedFiguresDatabase, saved: SavedFigures): Promise<void> {
  await db.transaction('rw', db.figures, async () => {
    await db.figures
      .where('screen')
      .equals(saved.screen)
      .filter((row) => row.stamp !== saved.stamp)
      .delete();
    await db.figures.put(saved);
  });
}
