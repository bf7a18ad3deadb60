import { mapCsvRecords } from './csv/mapCsvTable';
import { type CsvTable, readCsvTable } from './csv/readCsvTable';
import { type DecodedText, decodeContactsBytes, unreadableFileProblem } from './decode';
import { type ImportFieldId, ignoreColumn } from './fields';
import type { ParseContactsOptions, ParseContactsResult } from './parseContactsFile';
import { type CsvContactSource, detectCsvSource } from './sources/contactSources';
import { defaultMapping } from './sources/defaultMapping';
import type { EncodingChoice, ImportProblem, TextEncoding } from './types';
import { looksLikeVCard, parseVCardText } from './vcard/parseVCardText';

const identityFields = new Set<ImportFieldId>([
  'fullName',
  'givenName',
  'familyName',
  'email',
  'organization',
]);
const sampleRowCount = 5;

/**
 * One contacts file, read again and again as the user changes how to read it. The decoded text
 * and the CSV table are kept, so a new mapping, source, kind or tag only maps the rows again,
 * and a new delimiter only splits the text again. Reading never throws for what the file holds:
 * a file that cannot be read comes back with a problem at row 0. It rejects only when cancelled.
 */
export class ContactsFileReader {
  private decoded: { choice: EncodingChoice; text: DecodedText } | null = null;
  private table: { key: string; table: CsvTable } | null = null;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly fileName: string,
  ) {}

  async read(options: ParseContactsOptions = {}): Promise<ParseContactsResult> {
    try {
      return await this.readOrReport(options);
    } catch (error) {
      if (options.signal?.aborted) throw error;
      return fileProblem(emptyResult('utf-8'), 'This file could not be read as contacts.');
    }
  }

  private decode(choice: EncodingChoice): DecodedText {
    if (this.decoded?.choice !== choice) {
      this.decoded = { choice, text: decodeContactsBytes(this.bytes, choice) };
      this.table = null;
    }
    return this.decoded.text;
  }

  private async readOrReport(options: ParseContactsOptions): Promise<ParseContactsResult> {
    const { text, encoding } = this.decode(options.encoding ?? 'auto');
    const result = emptyResult(encoding);
    if (text.trim() === '') return fileProblem(result, 'The file is empty.');
    const unreadable = unreadableFileProblem(this.bytes, text);
    if (unreadable) return fileProblem(result, unreadable);
    const finishOptions = { kind: options.kind ?? 'auto', batchTag: options.batchTag?.trim() ?? '' };
    const isVCardName = /\.(vcf|vcard)$/i.test(this.fileName);
    if (options.source === 'vcard' || looksLikeVCard(text) || (isVCardName && !options.source)) {
      options.onStage?.('mapping');
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
    const table = await this.readTable(text, options);
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
      rowCount:
        table.records.length + table.problems.filter((problem) => problem.severity === 'error').length,
    };
    if (table.header.length === 0) return fileProblem(csvResult, 'The file is empty.');
    if (table.records.length === 0 && table.problems.length === 0) {
      return fileProblem(csvResult, 'The file has a header row but no contacts below it.');
    }
    if (!mapping.some((column) => identityFields.has(column.field))) {
      return fileProblem(
        { ...csvResult, problems: [...table.problems] },
        'No column is read as a name, organization or email. Choose which columns hold them.',
      );
    }
    options.onStage?.('mapping');
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

  /** The table for this text and delimiter choice, read once. */
  private async readTable(text: string, options: ParseContactsOptions): Promise<CsvTable> {
    const key = options.delimiter ?? 'auto';
    if (this.table?.key === key) {
      options.onProgress?.(0.5);
      return this.table.table;
    }
    options.onStage?.('reading');
    const table = await readCsvTable(text, {
      delimiter: options.delimiter,
      signal: options.signal,
      onProgress: (fraction) => options.onProgress?.(fraction / 2),
    });
    this.table = { key, table };
    return table;
  }
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
