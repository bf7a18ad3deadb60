/**
 * Contacts in: reading CSV and vCard exports of other tools into clients. Pure TypeScript, so
 * the import worker, the preview and the tests all call the same functions.
 */

export { batchUndoLabel, countOf, importDoneText, undoDoneText } from './batchWords';
export { type ClientSummary, summarizeClient } from './clientSummary';
export { ContactsFileReader } from './contactsFileReader';

export { type CsvTable, readCsvTable } from './csv/readCsvTable';
export { decodeContactsBytes, unreadableFileProblem } from './decode';
export {
  type ColumnMapping,
  type ImportFieldId,
  importFields,
} from './fields';
export { type ParseContactsResult, parseContactsFile } from './parseContactsFile';
export { applyPreset, type MappingPreset, presetCoverage, presetFromMapping, restorePreset } from './presets';
export { countProblems, type ProblemCounts, problemsCsv, problemsToCsvRows } from './problems';
export {
  type ContactSource,
  contactSourceLabels,
  contactSources,
  detectCsvSource,
  suggestedBatchTag,
} from './sources/contactSources';
export { defaultMapping } from './sources/defaultMapping';
export * from './types';
