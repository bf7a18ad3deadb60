import type { MappingPreset } from '../import/presets';
import type { ContactSource } from '../import/sources/contactSources';
import type { Client } from './client';

/** What one import did, row by row, in numbers. */
export interface ImportBatchCounts {
  /** Rows (CSV) or cards (vCard) read from the file, good or bad. */
  rows: number;
  /** Clients the import created. */
  created: number;
  /** Existing clients whose empty fields it filled. */
  updated: number;
  /** Rows that matched a client or an earlier row and were left out by choice. */
  skipped: number;
  /** Rows that matched a client and had nothing to add to it. */
  unchanged: number;
  /** Rows refused for a problem (no name, organization or email; a ragged row). */
  refused: number;
  /** Rows imported with a value that could not be used kept in the notes. */
  warnings: number;
}

/** What undoing an import did: clients removed, put back as they were, or kept. */
export interface ImportUndoCounts {
  removed: number;
  restored: number;
  /** Clients given projects or edited after the import: left as they are. */
  kept: number;
}

/**
 * One import, kept so it can be listed in the import history and undone as a whole. The
 * clients it created carry its id (importBatchId); the clients it filled in are kept as they
 * were before, so undo can put them back.
 */
export interface ImportBatch {
  id: string;
  fileName: string;
  source: ContactSource;
  /** The tag added to every client it created ('' for none). */
  batchTag: string;
  /** ISO date-time of the write; also the updatedAt of every client it wrote. */
  createdAt: string;
  counts: ImportBatchCounts;
  createdClientIds: string[];
  /** The clients it filled in, as they were before. */
  updatedBefore: Client[];
  /** ISO date-time the import was undone, or '' while it stands. */
  undoneAt: string;
  /** Set once undone. */
  undo?: ImportUndoCounts;
}

/** A column mapping saved under a name, to apply to the next file from the same tool. */
export interface ImportPreset extends MappingPreset {
  id: string;
  createdAt: string;
  updatedAt: string;
}
