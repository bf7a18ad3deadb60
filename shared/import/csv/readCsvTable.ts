import Papa from 'papaparse';
import { createWorkPacer } from '../progress';
import type { CsvDelimiter, ImportProblem, ProgressCallback } from '../types';
import { detectCsvDialect, isEmptyRow } from './dialect';

/** One data row with the spreadsheet row number it has in the file (1-based). */
export interface CsvRecord {
  row: number;
  cells: string[];
}

export interface CsvTable {
  delimiter: CsvDelimiter;
  header: string[];
  /** The header's spreadsheet row number: 1, or more when a preamble comes first. */
  headerRow: number;
  /** Data rows below the header; empty rows are left out, their numbers are not reused. */
  records: CsvRecord[];
  problems: ImportProblem[];
}

export interface ReadCsvOptions {
  delimiter?: CsvDelimiter | undefined;
  onProgress?: ProgressCallback | undefined;
  signal?: AbortSignal | undefined;
  /** Characters parsed between progress reports; 512 Ki unless a test wants small pieces. */
  chunkChars?: number | undefined;
}

const defaultChunkChars = 1 << 19;

/**
 * Reads CSV text into rows with PapaParse, a chunk at a time so progress can be shown and the
 * job cancelled. Row numbers count records as a spreadsheet shows them: a quoted line break
 * stays inside its row. A row with more values than the header is refused (its values cannot be
 * matched to columns). A quote that is never closed, or that swallows line breaks into a row
 * that then has the wrong number of values, is closed at the end of its line instead of eating
 * the rows below.
 */
export async function readCsvTable(text: string, options: ReadCsvOptions = {}): Promise<CsvTable> {
  const normalized = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  const { delimiter, headerRecord } = detectCsvDialect(normalized, options.delimiter);
  const table: CsvTable = { delimiter, header: [], headerRow: headerRecord + 1, records: [], problems: [] };
  const pacer = createWorkPacer(options);
  let recordIndex = 0;
  const accept = (cells: string[]) => {
    if (recordIndex === headerRecord) table.header = cells.map((cell) => cell.replace(/^\uFEFF/, '').trim());
    else if (recordIndex > headerRecord && !isEmptyRow(cells)) addRecord(table, recordIndex + 1, cells);
    recordIndex += 1;
  };
  const chunkChars = Math.max(16, options.chunkChars ?? defaultChunkChars);
  // After a salvaged row the next chunks start small, so a file of broken rows is not re-parsed
  // a whole chunk per row; they grow back while rows read cleanly.
  const chunkAfterSalvage = Math.min(chunkChars, 4096);
  // Where a quote was seen to stay open to the end of the text: every quote opened after it and
  // still open at its line's end stays open too, so its row is salvaged without parsing on.
  let runawayFrom = Number.POSITIVE_INFINITY;
  let position = 0;
  let size = chunkChars;
  const salvage = (rest: string, quoteAt = runawayQuoteIndex(rest, delimiter)) => {
    const salvaged = readBrokenQuoteRow(rest, quoteAt, delimiter);
    table.problems.push({
      row: recordIndex + 1,
      field: table.header[salvaged.column] ?? `Column ${salvaged.column + 1}`,
      message: 'A quote here is never closed; the value was read to the end of its line.',
      severity: 'warning',
      value: salvaged.value.slice(0, 200),
    });
    accept(salvaged.cells);
    size = chunkAfterSalvage;
    return salvaged.consumed;
  };
  while (position < normalized.length) {
    if (runawayFrom !== Number.POSITIVE_INFINITY) {
      const lineEnd = normalized.indexOf('\n', position);
      const line = normalized.slice(position, lineEnd === -1 ? normalized.length : lineEnd + 1);
      const quoteAt = runawayQuoteIndex(line.endsWith('\n') ? line.slice(0, -1) : line, delimiter);
      if (quoteAt !== -1 && position + quoteAt >= runawayFrom) {
        position += salvage(line, quoteAt);
        // Each line here is one short row: asking the clock after every one costs more than the row.
        if (recordIndex % 64 === 0) await pacer.step(position / normalized.length);
        continue;
      }
    }
    const end = Math.min(normalized.length, position + size);
    const isLast = end === normalized.length;
    const chunk = normalized.slice(position, end);
    const result = newParser(delimiter).parse(chunk, 0, !isLast);
    const rows = result.data as string[][];
    if (!isLast && rows.length === 0) {
      // A row longer than the chunk: a huge quoted field, or a quote that never closes. The
      // second is found by one scan, not by parsing ever bigger pieces to the end of the text.
      const lineEnd = normalized.indexOf('\n', position);
      const quoteAt = runawayQuoteIndex(
        normalized.slice(position, lineEnd === -1 ? undefined : lineEnd + 1),
        delimiter,
      );
      if (quoteAt !== -1 && !quoteEverCloses(normalized, position + quoteAt, delimiter)) {
        runawayFrom = Math.min(runawayFrom, position + quoteAt);
        continue;
      }
      // A huge field: read a bigger piece, doubling to stay linear.
      size *= 2;
      continue;
    }
    const missingQuote = result.errors.find((error: { code: string }) => error.code === 'MissingQuotes');
    const columns = table.header.length || (rows[headerRecord - recordIndex]?.length ?? 0);
    const broken = rows.findIndex((cells, index) => {
      if (recordIndex + index <= headerRecord) return false;
      if (missingQuote && index === rows.length - 1) return true;
      return cells.length !== columns && cells.some((cell) => cell.includes('\n'));
    });
    if (broken === -1) {
      for (const cells of rows) accept(cells);
      position = isLast ? normalized.length : position + result.meta.cursor;
      size = Math.min(chunkChars, size * 2);
    } else {
      for (const cells of rows.slice(0, broken)) accept(cells);
      const rowStart = broken === 0 ? 0 : newParser(delimiter, broken).parse(chunk, 0, false).meta.cursor;
      if (missingQuote && broken === rows.length - 1 && typeof missingQuote.index === 'number')
        runawayFrom = Math.min(runawayFrom, position + missingQuote.index);
      position += rowStart + salvage(chunk.slice(rowStart));
    }
    await pacer.step(position / normalized.length);
  }
  return table;
}

function newParser(delimiter: CsvDelimiter, preview = 0): Papa.Parser {
  return new Papa.Parser({ delimiter, newline: '\n', quoteChar: '"', preview });
}

/**
 * Reads a row whose quote (at `quoteAt`, as runawayQuoteIndex found it) runs past its line: the
 * quote is dropped and the row ends with its line. Returns the cells, the column of the quote,
 * and how many characters were consumed.
 */
function readBrokenQuoteRow(
  rest: string,
  quoteAt: number,
  delimiter: CsvDelimiter,
): { cells: string[]; column: number; value: string; consumed: number } {
  if (quoteAt === -1) {
    const lineEnd = rest.indexOf('\n');
    const line = lineEnd === -1 ? rest : rest.slice(0, lineEnd);
    return {
      cells: line.split(delimiter),
      column: 0,
      value: line,
      consumed: lineEnd === -1 ? rest.length : lineEnd + 1,
    };
  }
  const lineEnd = rest.indexOf('\n', quoteAt);
  const rowEnd = lineEnd === -1 ? rest.length : lineEnd;
  const head = rest.slice(0, quoteAt);
  const beforeCells = head.includes('\n')
    ? ((newParser(delimiter).parse(head, 0, false).data as string[][]).at(-1) ?? [''])
    : splitLineCells(head, delimiter);
  const cells = [...beforeCells.slice(0, -1), ...rest.slice(quoteAt + 1, rowEnd).split(delimiter)];
  return {
    cells,
    column: beforeCells.length - 1,
    value: rest.slice(quoteAt, rowEnd),
    consumed: lineEnd === -1 ? rest.length : lineEnd + 1,
  };
}

/**
 * The first quote that opens a field running over a line break or to the end of the text, read
 * as PapaParse reads quotes (a quote closes only before a delimiter, a line end or the end);
 * -1 when there is none.
 */
function runawayQuoteIndex(row: string, delimiter: CsvDelimiter): number {
  let opening = -1;
  for (let index = 0; index < row.length; index += 1) {
    const char = row[index];
    if (opening !== -1) {
      if (char === '\n') return opening;
      if (char !== '"') continue;
      const next = row[index + 1];
      if (next === '"') index += 1;
      else if (next === undefined || next === delimiter || next === '\n') opening = -1;
    } else if (char === '"' && (index === 0 || row[index - 1] === delimiter || row[index - 1] === '\n')) {
      opening = index;
    }
  }
  return opening;
}

/**
 * The cells of one line with no open quote, quotes read as PapaParse reads them ("" is a quote
 * inside a quoted value). A small scan: a parser per salvaged row would cost more than the row.
 */
function splitLineCells(line: string, delimiter: CsvDelimiter): string[] {
  const cells: string[] = [];
  let index = 0;
  while (index <= line.length) {
    if (line[index] === '"') {
      let value = '';
      let at = index + 1;
      while (at < line.length) {
        const quote = line.indexOf('"', at);
        if (quote === -1) break;
        value += line.slice(at, quote);
        if (line[quote + 1] === '"') {
          value += '"';
          at = quote + 2;
        } else if (quote + 1 === line.length || line[quote + 1] === delimiter) {
          at = quote + 1;
          break;
        } else {
          value += '"';
          at = quote + 1;
        }
      }
      const next = line.indexOf(delimiter, at);
      cells.push(value + line.slice(at, next === -1 ? line.length : next));
      index = next === -1 ? line.length + 1 : next + 1;
    } else {
      const next = line.indexOf(delimiter, index);
      cells.push(line.slice(index, next === -1 ? line.length : next));
      index = next === -1 ? line.length + 1 : next + 1;
    }
  }
  return cells;
}

/** Whether the quoted field opened at `openAt` is ever closed, read as PapaParse reads quotes. */
function quoteEverCloses(text: string, openAt: number, delimiter: CsvDelimiter): boolean {
  let from = openAt + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote === -1) return false;
    if (text[quote + 1] === '"') {
      from = quote + 2;
      continue;
    }
    let after = quote + 1;
    while (text[after] === ' ') after += 1;
    if (after === text.length || text[after] === delimiter || text[after] === '\n') return true;
    from = quote + 1;
  }
}

function addRecord(table: CsvTable, row: number, cells: string[]): void {
  const columns = table.header.length;
  if (cells.length > columns && cells.slice(columns).some((cell) => cell.trim() !== '')) {
    table.problems.push({
      row,
      field: '',
      message: `This row has ${cells.length} values but the header has ${columns} columns, so they cannot be matched to columns. Look for a ${delimiterName(table.delimiter)} that is not inside quotes.`,
      severity: 'error',
      value: cells.join(table.delimiter).slice(0, 200),
    });
    return;
  }
  if (cells.length < columns && columns > 1) {
    table.problems.push({
      row,
      field: '',
      message: `This row has ${cells.length} of the ${columns} columns; the missing ones were read as empty.`,
      severity: 'warning',
      value: '',
    });
  }
  table.records.push({ row, cells });
}

function delimiterName(delimiter: CsvDelimiter): string {
  if (delimiter === ';') return 'semicolon';
  if (delimiter === '\t') return 'tab';
  return 'comma';
}
