/** A CSV cell: text is quoted when needed and made formula-safe; numbers are written as numbers. */
export type CsvCell = string | number | null | undefined;

/** Byte-order mark: tells Excel the file is UTF-8, so "François" does not open as "FranÃ§ois". */
const utf8Bom = '\uFEFF';

// OWASP CSV injection: a text cell starting with one of these is run as a formula by spreadsheets.
// Text that already starts with apostrophes before one gets one more, so reading back is exact.
const formulaTriggers = /^'*[=+\-@\t\r\n]/;

/**
 * Neutralises a text cell against formula injection by prefixing a single quote, which
 * spreadsheets show as text. Numbers are passed as `number` cells and are never touched.
 */
function formulaSafeText(text: string): string {
  return formulaTriggers.test(text) ? `'${text}` : text;
}

/** Undoes formulaSafeText when reading back a file this app wrote. */
export function unneutralizeFormulaText(text: string): string {
  return /^'+[=+\-@\t\r\n]/.test(text) ? text.slice(1) : text;
}

function encodeCell(cell: CsvCell, formulaSafe = true): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const safe = formulaSafe ? formulaSafeText(cell) : cell;
  return /[",\r\n;]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Writes rows as CSV text for spreadsheets and mail merge: comma-separated, CRLF line ends,
 * UTF-8 byte-order mark first, every text cell formula-safe.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  const lines: string[] = [];
  for (const row of rows) lines.push(row.map((cell) => encodeCell(cell)).join(','));
  return `${utf8Bom}${lines.join('\r\n')}\r\n`;
}

/**
 * CSV for another program that imports contacts (not a spreadsheet): values exactly as typed,
 * so "+48 …" stays "+48 …" rather than "'+48 …", which contacts apps would keep.
 */
export function toRawCsv(rows: readonly (readonly CsvCell[])[]): string {
  const lines = rows.map((row) => row.map((cell) => encodeCell(cell, false)).join(','));
  return `${utf8Bom}${lines.join('\r\n')}\r\n`;
}

/** The CSV text as UTF-8 bytes, ready for the bridge's saveFile. */
export function csvBytes(csvText: string): Uint8Array {
  return new TextEncoder().encode(csvText);
}
