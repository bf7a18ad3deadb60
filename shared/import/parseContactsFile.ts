import type { ClientKind } from '../model/client';
import { ContactsFileReader } from './contactsFileReader';
import type { ColumnMapping } from './fields';
import type { ContactSource } from './sources/contactSources';
import type {
  CsvDelimiter,
  EncodingChoice,
  ImportedContact,
  ImportProblem,
  ProgressCallback,
  TextEncoding,
} from './types';

export interface ParseContactsOptions {
  encoding?: EncodingChoice | undefined;
  delimiter?: CsvDelimiter | undefined;
  /** Read the file as this source instead of the detected one ('vcard' forces vCard reading). */
  source?: ContactSource | undefined;
  /** One entry per header column; replaces the source's default mapping. */
  mapping?: readonly ColumnMapping[] | undefined;
  /** The kind for every client, or 'auto' (the default): organization present → business. */
  kind?: ClientKind | 'auto' | undefined;
  /** A tag added to every imported client, e.g. "Imported from LinkedIn 2026-11". */
  batchTag?: string | undefined;
  onProgress?: ProgressCallback | undefined;
  /** Told when reading moves on to a new stage: splitting the file into rows, then mapping them. */
  onStage?: ((stage: 'reading' | 'mapping') => void) | undefined;
  /** Cancels the parse: the promise rejects with the signal's reason. */
  signal?: AbortSignal | undefined;
}

export interface ParseContactsResult {
  /** One per contact found, in file order. */
  contacts: ImportedContact[];
  /** One per problem, by row; row 0 concerns the whole file. */
  problems: ImportProblem[];
  format: 'csv' | 'vcard' | 'unreadable';
  /** The source the file was read as, and the one its content suggested. */
  source: ContactSource;
  detectedSource: ContactSource;
  encoding: TextEncoding;
  /** null for vCard and unreadable files. */
  delimiter: CsvDelimiter | null;
  /** CSV only: the header cells, the header's row number and the mapping used, one per column. */
  header: string[];
  headerRow: number;
  mapping: ColumnMapping[];
  /** CSV only: the first rows as read, for the mapping step to show beside each column. */
  sampleRows: string[][];
  /** Data rows (CSV) or cards (vCard) read, good or bad. */
  rowCount: number;
  /** vCard only: the VERSION of the first card. */
  vcardVersion: string;
}

/**
 * Reads a contacts file, CSV or vCard, into clients and row problems. Pure: runs in Node, a
 * worker or a page. It never throws for what the file holds; a file it cannot read comes back
 * with a problem at row 0. It rejects only when cancelled through the signal. To read one file
 * several ways (a preview where the user changes the mapping), keep a ContactsFileReader.
 */
export function parseContactsFile(
  bytes: Uint8Array,
  fileName: string,
  options: ParseContactsOptions = {},
): Promise<ParseContactsResult> {
  return new ContactsFileReader(bytes, fileName).read(options);
}
