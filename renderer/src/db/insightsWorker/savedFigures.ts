import type { Figures, FiguresScreen, ShownFigures } from '@shared/insights/figures';
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

/** The same figures as a screen shows them (no client id lists): what the window reads at start. */
export interface SavedShownFigures {
  id: string;
  screen: FiguresScreen;
  stamp: string;
  figures: ShownFigures;
}

/**
 * Saved figures live in a database of their own: they are derived from the client book and can
 * be dropped at any time, so they stay out of backups, restores and the book's schema versions.
 * The full figures are read only by the worker; the window reads the small shown ones.
 */
export class SavedFiguresDatabase extends Dexie {
  figures!: Table<SavedFigures, string>;
  shown!: Table<SavedShownFigures, string>;

  constructor(name = 'clientele-insights-figures') {
    super(name);
    this.version(1).stores({ figures: 'id, screen' });
    this.version(2).stores({ shown: 'id, screen' });
  }
}

export function loadSavedFigures(db: SavedFiguresDatabase, key: string): Promise<SavedFigures | undefined> {
  return db.figures.get(key);
}

export function loadSavedShownFigures(
  db: SavedFiguresDatabase,
  key: string,
): Promise<SavedShownFigures | undefined> {
  return db.shown.get(key);
}

/** Keeps the new figures and drops the same screen's figures of older data. */
export async function saveFigures(
  db: SavedFiguresDatabase,
  saved: SavedFigures,
  shown: ShownFigures,
): Promise<void> {
  await db.transaction('rw', db.figures, db.shown, async () => {
    for (const table of [db.figures, db.shown] as Table<{ stamp: string }, string>[]) {
      await table
        .where('screen')
        .equals(saved.screen)
        .filter((row) => row.stamp !== saved.stamp)
        .delete();
    }
    await db.figures.put(saved);
    await db.shown.put({ id: saved.id, screen: saved.screen, stamp: saved.stamp, figures: shown });
  });
}
