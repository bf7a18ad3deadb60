import type { ImportBatchCounts, ImportUndoCounts } from '../model/importBatch';

/** "1 client", "1,204 clients". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? singular : plural}`;
}

/** The history's undo button: "Undo: 1,204 clients from Connections.csv". */
export function batchUndoLabel(batch: { fileName: string; counts: ImportBatchCounts }): string {
  const { created, updated } = batch.counts;
  const what =
    created === 0 && updated > 0
      ? `filled-in fields of ${countOf(updated, 'client')}`
      : countOf(created, 'client');
  return `Undo: ${what} from ${batch.fileName}`;
}

/** What an import did, in one or two sentences, for the result and its toast. */
export function importDoneText(fileName: string, counts: ImportBatchCounts): string {
  const parts: string[] = [];
  if (counts.created > 0 || counts.updated === 0) parts.push(`Imported ${countOf(counts.created, 'client')}`);
  if (counts.updated > 0) {
    parts.push(
      `${parts.length === 0 ? 'Filled' : 'filled'} empty fields of ${countOf(counts.updated, 'existing client')}`,
    );
  }
  let text = `${parts.join(' and ')} from ${fileName}.`;
  const left = counts.skipped + counts.unchanged;
  if (counts.created === 0 && counts.updated === 0 && left > 0)
    text += ` Every contact in it matches a client you already have.`;
  else if (left > 0) {
    text += ` ${countOf(left, 'row')} matching a client or an earlier row ${left === 1 ? 'was' : 'were'} left out.`;
  }
  if (counts.refused > 0) {
    text += ` ${countOf(counts.refused, 'row')} had problems and ${counts.refused === 1 ? 'was' : 'were'} not imported.`;
  }
  return text;
}

/** What undoing an import did, including the clients it left alone and why. */
export function undoDoneText(fileName: string, undo: ImportUndoCounts): string {
  const sentences = [`Removed ${countOf(undo.removed, 'client')} imported from ${fileName}.`];
  if (undo.restored > 0)
    sentences.push(`Put back ${countOf(undo.restored, 'client')} as they were before the import.`);
  if (undo.kept > 0) {
    sentences.push(
      `Kept ${countOf(undo.kept, 'client')} that got projects or were edited after the import; change or delete them yourself if needed.`,
    );
  }
  return sentences.join(' ');
}
