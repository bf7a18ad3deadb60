import type { ClientKind } from '../model/client';
import { mapCsvRecords } from './csv/mapCsvTable';
import { readCsvTable } from './csv/readCsvTable';
import { decodeContactsBytes, unreadableFileProblem } from './decode';
import type { ColumnMapping, ImportFieldId } from './fields';
import { ignoreColumn } from './fields';
import { type ContactSource, type CsvContactSource, detectCsvSource } from './sources/contactSources';
import { defaultMapping } from './sources/defaultMapping';
import type {
  CsvDelimiter,
  EncodingChoice,
  ImportedContact,
  ImportProblem,
  ProgressCallback,
  TextEncoding,
} from './types';
import { looksLikeVCard, parseVCardText } from './vcard/parseVCardText';

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

const identityFields = new Set<ImportFieldId>([
  'fullName',
  'givenName',
  'familyName',
  'email',
  'organization',
]);
const sampleRowCount = 5;

/**
 * Reads a contacts file, CSV or vCard, into clients and row problems. Pure: runs in Node, a
 * worker or a page. It never throws for what the file holds; a file it cannot read comes back
 * with a problem at row 0. It rejects only when cancelled through the signal.
 */
export async function parseContactsFile(
  bytes: Uint8Array,
  fileName: string,
  options: ParseContactsOptions = {},
): Promise<ParseContactsResult> {
  try {
    return await parseOrReport(bytes, fileName, options);
  } catch (error) {
    if (options.signal?.aborted) throw error;
    return fileProblem(emptyResult('utf-8'), 'This file could not be read as contacts.');
  }
}

async function parseOrReport(
  bytes: Uint8Array,
  fileName: string,
  options: ParseContactsOptions,
): Promise<ParseContactsResult> {
  const { text, encoding } = decodeContactsBytes(bytes, options.encoding ?? 'auto');
  const result = emptyResult(encoding);
  if (text.trim() === '') return fileProblem(result, 'The file is empty.');
  const unreadable = unreadableFileProblem(bytes, text);
  if (unreadable) return fileProblem(result, unreadable);
  const finishOptions = { kind: options.kind ?? 'auto', batchTag: options.batchTag?.trim() ?? '' };
  const isVCardName = /\.(vcf|vcard)$/i.test(fileName);
  if (options.source === 'vcard' || looksLikeVCard(text) || (isVCardName && !options.source)) {
    const parsed = await parseVCardText(text, {
      ...finishOptions,
      onProgress: options.onProgress,
      signal: options.signal,
    });
    options.onProgress?.(1);
    return {
      ...result,
      format: 'vcard',
      source: 'vcard',
      detectedSource: 'vcard',
      contacts: parsed.contacts,
      problems: byRow(parsed.problems),
      rowCount: parsed.cardCount,
      vcardVersion: parsed.version,
    };
  }
  const table = await readCsvTable(text, {
    delimiter: options.delimiter,
    signal: options.signal,
    onProgress: (fraction) => options.onProgress?.(fraction / 2),
  });
  const detectedSource = detectCsvSource(table.header);
  const source: CsvContactSource = options.source ?? detectedSource;
  const mapping = options.mapping
    ? table.header.map((_, index) => options.mapping?.[index] ?? ignoreColumn)
    : defaultMapping(source, table.header);
  const csvResult: ParseContactsResult = {
    ...result,
    format: 'csv',
    source,
    detectedSource,
    delimiter: table.delimiter,
    header: table.header,
    headerRow: table.headerRow,
    mapping,
    sampleRows: table.records.slice(0, sampleRowCount).map((record) => record.cells),
    rowCount: table.records.length + table.problems.filter((problem) => problem.severity === 'error').length,
  };
  if (table.header.length === 0) return fileProblem(csvResult, 'The file is empty.');
  if (table.records.length === 0 && table.problems.length === 0) {
    return fileProblem(csvResult, 'The file has a header row but no contacts below it.');
  }
  if (!mapping.some((column) => identityFields.has(column.field))) {
    return fileProblem(
      { ...csvResult, problems: table.problems },
      'No column is read as a name, organization or email. Choose which columns hold them.',
    );
  }
  const mapped = await mapCsvRecords(table.header, table.records, mapping, {
    ...finishOptions,
    source,
    signal: options.signal,
    onProgress: (fraction) => options.onProgress?.(0.5 + fraction / 2),
  });
  options.onProgress?.(1);
  return {
    ...csvResult,
    contacts: mapped.contacts,
    problems: byRow([...table.problems, ...mapped.problems]),
  };
}

function emptyResult(encoding: TextEncoding): ParseContactsResult {
  return {
    contacts: [],
    problems: [],
    format: 'unreadable',
    source: 'generic',
    detectedSource: 'generic',
    encoding,
    delimiter: null,
    header: [],
    headerRow: 0,
    mapping: [],
    sampleRows: [],
    rowCount: 0,
    vcardVersion: '',
  };
}

function fileProblem(result: ParseContactsResult, message: string): ParseContactsResult {
  return {
    ...result,
    problems: [{ row: 0, field: '', message, severity: 'error', value: '' }, ...result.problems],
  };
}

function byRow(problems: ImportProblem[]): ImportProblem[] {
  return problems.sort((a, b) => a.row - b.row);
}
