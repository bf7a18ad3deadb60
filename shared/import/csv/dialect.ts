import Papa from 'papaparse';
import { type CsvDelimiter, csvDelimiters } from '../types';

export interface CsvDialect {
  delimiter: CsvDelimiter;
  /** 0-based index of the header among the file's records (rows). */
  headerRecord: number;
}

const sampleChars = 65536;
const sampleRecords = 200;
const headerSearchRecords = 30;

/**
 * Finds the delimiter and the header row from the start of the file. Each delimiter and
 * candidate header scores the rows that agree with its column count times that count, so a
 * "Notes:" paragraph above the header (LinkedIn), commas inside a semicolon file, or a wrong
 * delimiter cutting quoted line breaks into short rows do not mislead it. Excel's "sep=;"
 * first line is obeyed. A forced delimiter only leaves the header to find.
 */
export function detectCsvDialect(text: string, forcedDelimiter?: CsvDelimiter): CsvDialect {
  const sepLine = /^sep=([,;\t])\r?\n/i.exec(text);
  const declared = forcedDelimiter ?? (sepLine?.[1] as CsvDelimiter | undefined);
  const firstRecord = sepLine ? 1 : 0;
  const candidates = declared ? [declared] : csvDelimiters;
  let best: CsvDialect & { score: number } = {
    delimiter: candidates[0] ?? ',',
    headerRecord: firstRecord,
    score: -1,
  };
  for (const delimiter of candidates) {
    const rows = sampleRows(text, delimiter);
    const found = bestHeader(rows, firstRecord);
    if (found.score > best.score) best = { delimiter, ...found };
  }
  return { delimiter: best.delimiter, headerRecord: best.headerRecord };
}

function sampleRows(text: string, delimiter: CsvDelimiter): string[][] {
  const sample = text.length > sampleChars ? text.slice(0, sampleChars) : text;
  const parser = new Papa.Parser({ delimiter, newline: '\n', quoteChar: '"', preview: sampleRecords });
  const result = parser.parse(sample.replace(/\r\n?/g, '\n'), 0, sample.length < text.length);
  return result.data as string[][];
}

/**
 * The header is the earliest row that the most rows below agree with. Its score, for comparing
 * delimiters, counts the agreeing cells: rows that fit times columns.
 */
function bestHeader(rows: string[][], firstRecord: number): { headerRecord: number; score: number } {
  let best = { headerRecord: firstNonEmpty(rows, firstRecord), fits: 0, score: 0 };
  const lastCandidate = Math.min(rows.length, firstRecord + headerSearchRecords);
  for (let headerRecord = firstRecord; headerRecord < lastCandidate; headerRecord += 1) {
    const header = rows[headerRecord] ?? [];
    // A one-column reading fits every file; it wins only when no delimiter gives two columns.
    if (header.length < 2 || isEmptyRow(header)) continue;
    let fits = 0;
    for (let index = headerRecord; index < rows.length; index += 1) {
      const row = rows[index] ?? [];
      if (!isEmptyRow(row) && fitsColumns(row, header.length)) fits += 1;
    }
    if (fits > best.fits) best = { headerRecord, fits, score: fits * header.length };
  }
  return { headerRecord: best.headerRecord, score: best.score };
}

/** A row fits when it has the header's column count, give or take empty cells at the end. */
function fitsColumns(row: string[], columns: number): boolean {
  if (row.length === columns) return true;
  if (row.length < columns) return false;
  for (let index = columns; index < row.length; index += 1) if (row[index] !== '') return false;
  return true;
}

function firstNonEmpty(rows: string[][], from: number): number {
  for (let index = from; index < rows.length; index += 1) if (!isEmptyRow(rows[index] ?? [])) return index;
  return from;
}

export function isEmptyRow(row: readonly string[]): boolean {
  for (const cell of row) if (cell.trim() !== '') return false;
  return true;
}
