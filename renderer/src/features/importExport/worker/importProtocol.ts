import type { ImportRowStatus, MatchKeyLookup } from '@shared/contacts/classifyImport';
import type { DuplicateAction } from '@shared/contacts/planImport';
import type {
  ClientSummary,
  ColumnMapping,
  ContactSource,
  CsvDelimiter,
  EncodingChoice,
  ImportProblem,
  ProblemCounts,
  TextEncoding,
} from '@shared/import';
import type { ClientKind } from '@shared/model/client';
import type { ImportBatchCounts } from '@shared/model/importBatch';
import type { ClientListFields } from '../../../db/importIndexSync';

/**
 * The messages between the page and the import worker. The page sends a call with an id; the
 * worker answers with progress, written clients (for the page's client list) and finally
 * done, failed or cancelled for that id. Rows stay in the worker: the page asks for pages.
 */

/** How to read the file; 'auto' (or null for the mapping) means as detected. */
export interface ImportSettings {
  encoding: EncodingChoice;
  delimiter: CsvDelimiter | 'auto';
  source: ContactSource | 'auto';
  mapping: ColumnMapping[] | null;
  kind: ClientKind | 'auto';
}

export const detectedSettings: ImportSettings = {
  encoding: 'auto',
  delimiter: 'auto',
  source: 'auto',
  mapping: null,
  kind: 'auto',
};

export type ImportStage = 'reading' | 'mapping' | 'matching' | 'writing';

/** What the preview shows of the file as read with the current settings. */
export interface ImportPreview {
  fileName: string;
  fileSize: number;
  format: 'csv' | 'vcard' | 'unreadable';
  /** As read now. */
  encoding: TextEncoding;
  delimiter: CsvDelimiter | null;
  source: ContactSource;
  mapping: ColumnMapping[];
  /** As found in the file when it was opened. */
  detected: { encoding: TextEncoding; delimiter: CsvDelimiter | null; source: ContactSource };
  header: string[];
  headerRow: number;
  /** Up to three non-empty values per column, from the first rows. */
  columnSamples: string[][];
  rowCount: number;
  vcardVersion: string;
  /** Why nothing can be imported as things stand (the whole file), or empty. */
  fileProblems: string[];
  contactCount: number;
  statusCounts: Record<ImportRowStatus, number>;
  /** Row problems: errors are rows refused, warnings values kept in the notes. */
  problemCounts: ProblemCounts;
  /** The first contacts as they will become clients. */
  firstClients: { row: number; summary: ClientSummary }[];
  /** Contacts made government clients only because their name or email domain looks like one. */
  governmentGuesses: number;
  /** Rows with at least one problem (refused, or a value kept in the notes). */
  problemRowCount: number;
  /** Columns with a header that neither the source nor the column name explains (kept in the notes). */
  unrecognizedColumns: number;
}

/** A row that matches an existing client or an earlier row, with what would change. */
export interface MatchedRowView {
  row: number;
  status: Exclude<ImportRowStatus, 'new'>;
  incoming: ClientSummary;
  /** The client it matches, or the earlier row it repeats. */
  match: ClientSummary | null;
  existingId: string | null;
  earlierRow: number | null;
  differences: { field: string; existing: string; incoming: string }[];
  /** What "Fill empty fields" would add to the match, in words. */
  fills: string[];
}

/** 'matched' lists every row that is not new. */
export type MatchFilter = Exclude<ImportRowStatus, 'new'> | 'matched';

export interface Page<T> {
  total: number;
  offset: number;
  items: T[];
}

export interface ImportChoicesMessage {
  action: DuplicateAction;
  /** [file row, action] for the rows the user decided one by one. */
  overrides: [number, DuplicateAction][];
}

export interface PlanCounts {
  create: number;
  update: number;
  skipped: number;
  unchanged: number;
}

export interface ImportOutcome {
  batchId: string;
  fileName: string;
  counts: ImportBatchCounts;
}

export type ExportFormat =
  | 'clients-csv'
  | 'contacts-app-csv'
  | 'projects-csv'
  | 'vcard-4.0'
  | 'vcard-3.0'
  | 'touches-csv';

/** Every call: what it takes and what it answers. */
export interface ImportWorkerCalls {
  open: { params: { fileName: string; bytes: Uint8Array; lookup: MatchKeyLookup }; result: ImportPreview };
  configure: { params: { settings: ImportSettings }; result: ImportPreview };
  matches: { params: { filter: MatchFilter; offset: number; limit: number }; result: Page<MatchedRowView> };
  problems: { params: { offset: number; limit: number }; result: Page<ImportProblem> };
  plan: { params: ImportChoicesMessage; result: PlanCounts };
  commit: { params: ImportChoicesMessage & { batchTag: string }; result: ImportOutcome };
  problemsCsv: { params: Record<string, never>; result: Uint8Array };
  export: { params: { format: ExportFormat }; result: { bytes: Uint8Array; count: number } };
  close: { params: Record<string, never>; result: null };
}

export type ImportWorkerCall = keyof ImportWorkerCalls;

export type WorkerRequest =
  | {
      [K in ImportWorkerCall]: { id: number; call: K; params: ImportWorkerCalls[K]['params'] };
    }[ImportWorkerCall]
  | { id: number; call: 'cancel' };

export type WorkerResponse =
  | { id: number; kind: 'progress'; stage: ImportStage; fraction: number }
  | { id: number; kind: 'written'; clients: ClientListFields[] }
  | { id: number; kind: 'done'; result: unknown }
  | { id: number; kind: 'failed'; message: string }
  | { id: number; kind: 'cancelled' };
