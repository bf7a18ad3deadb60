import { filledClientRecord, importedClientRecord } from '@shared/contacts/importRecords';
import { newId, nowIso } from '@shared/ids';
import type { ImportProblem } from '@shared/import';
import type { Client } from '@shared/model/client';
import type { PreparedImport } from '../../../db/importRepository';
import type { ImportChoicesMessage } from './importProtocol';
import type { ImportSession } from './importSession';

/**
 * Turns the session's read and the user's choices into the writes of one transaction, in the
 * worker, so the page does no per-row work. The new clients' records are built as the
 * transaction stores them, overlapping the building with the database's own work.
 */
export function prepareImport(
  session: ImportSession,
  choices: ImportChoicesMessage & { batchTag: string },
): PreparedImport {
  const { result, rowProblems } = session.state;
  if (result.problems.some((problem) => problem.row === 0)) {
    throw new Error('This file cannot be imported as it is read now; see the problem above the preview.');
  }
  const plan = session.planWith(choices);
  const stamp = nowIso();
  const batchId = newId();
  const batchTag = choices.batchTag.trim();
  function* created(): Generator<Client> {
    for (const planned of plan.create)
      yield importedClientRecord(planned, { id: newId(), stamp, batchId, batchTag });
  }
  const updates = plan.update.flatMap((update) => {
    const before = session.existing.get(update.id);
    return before ? [{ before, after: filledClientRecord(update, before, stamp) }] : [];
  });
  return {
    batchId,
    fileName: session.fileName,
    source: result.source,
    batchTag,
    stamp,
    counts: {
      rows: result.rowCount,
      created: plan.create.length,
      updated: updates.length,
      skipped: plan.skippedRows.length,
      unchanged: plan.unchangedRows.length,
      refused: rowsWith(rowProblems, 'error'),
      warnings: rowsWith(rowProblems, 'warning'),
    },
    created: created(),
    updates,
    duplicateRecheck: { openedAt: session.openedAt, isKnownClient: session.knowsClient },
  };
}

function rowsWith(problems: readonly ImportProblem[], severity: ImportProblem['severity']): number {
  const rows = new Set<number>();
  for (const problem of problems) if (problem.severity === severity) rows.add(problem.row);
  return rows.size;
}
