import type { ColumnMapping } from '../fields';
import { type FinishOptions, finishContact } from '../finishContact';
import { createWorkPacer } from '../progress';
import type { CsvContactSource } from '../sources/contactSources';
import type { ImportedContact, ImportProblem, ProgressCallback } from '../types';
import { compileMapping, csvRowToDraft } from './csvRowToDraft';
import type { CsvRecord } from './readCsvTable';

export interface MapCsvOptions extends FinishOptions {
  source: CsvContactSource;
  onProgress?: ProgressCallback | undefined;
  signal?: AbortSignal | undefined;
}

export interface MappedContacts {
  contacts: ImportedContact[];
  problems: ImportProblem[];
}

/**
 * Turns the rows of a read table into clients by a mapping. Kept apart from reading, so a
 * worker can keep the table and map it again each time the user changes a column in the preview.
 */
export async function mapCsvRecords(
  header: readonly string[],
  records: readonly CsvRecord[],
  mapping: readonly ColumnMapping[],
  options: MapCsvOptions,
): Promise<MappedContacts> {
  const columns = compileMapping(header, mapping);
  const fromOwnExport = options.source === 'clientele';
  const pacer = createWorkPacer(options);
  const result: MappedContacts = { contacts: [], problems: [] };
  for (let index = 0; index < records.length; index += 1) {
    const record = records[index] as CsvRecord;
    const finished = finishContact(csvRowToDraft(record.row, record.cells, columns, fromOwnExport), options);
    if (finished.contact) result.contacts.push(finished.contact);
    for (const problem of finished.problems) result.problems.push(problem);
    if (index % 256 === 255) await pacer.step(index / records.length);
  }
  return result;
}
