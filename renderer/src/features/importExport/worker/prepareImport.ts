import { filledClientRecord, importedClientRecord } from '@shared/contacts/importRecords';
import { localDateOf } from '@shared/dates/days';
import { newId, nowIso } from '@shared/ids';
import type { ImportProblem } from '@shared/import';
import { activityNameKey, importedSourceLink } from '@shared/import/marketingColumns';
import type { Client } from '@shared/model/client';
import type { ClientActivityLink, MarketingActivity } from '@shared/model/marketing';
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
  const sources = importedSources(session, batchId, stamp);
  function* created(): Generator<Client> {
    for (const planned of plan.create) {
      const client = importedClientRecord(planned, { id: newId(), stamp, batchId, batchTag });
      const link = sources && importedSourceLink(planned.marketing, sources.activityByKey);
      if (link)
        sources.links.push({
          ...link,
          id: client.id,
          clientId: client.id,
          createdAt: stamp,
          updatedAt: stamp,
        });
      yield client;
    }
  }
  const updates = plan.update.flatMap((update) => {
    const before = session.existing.get(update.id);
    if (!before) return [];
    // A filled-in client gets the row's source too; the commit keeps a source it already has.
    const link = sources && importedSourceLink(update.marketing, sources.activityByKey);
    if (link)
      sources.filledLinks.push({
        ...link,
        id: update.id,
        clientId: update.id,
        createdAt: stamp,
        updatedAt: stamp,
      });
    return [{ before, after: filledClientRecord(update, before, stamp) }];
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
    ...(sources
      ? {
          sources: {
            activities: sources.activities,
            links: sources.links,
            filledLinks: sources.filledLinks,
          },
        }
      : {}),
  };
}

/**
 * The campaigns the file names that the book lacks become activities of this import (so undoing
 * it removes them); the links are filled in as the new clients are built, and for the existing
 * clients the import fills in.
 */
function importedSources(session: ImportSession, batchId: string, stamp: string) {
  const { result, activities, marketing } = session.state;
  if (!result.contacts.some((contact) => contact.marketing)) return null;
  const created: MarketingActivity[] = marketing.missing.map((missing) => ({
    id: newId(),
    name: missing.name,
    channel: missing.channel,
    objective: 'new-clients',
    startDate: localDateOf(new Date(stamp)),
    endDate: '',
    spend: [],
    hours: 0,
    tracking: '',
    trackingDetail: '',
    reach: [],
    notes: `Created by importing ${session.fileName}.`,
    importBatchId: batchId,
    createdAt: stamp,
    updatedAt: stamp,
  }));
  const activityByKey = new Map(
    [...activities, ...created].map((activity) => [activityNameKey(activity.name), activity] as const),
  );
  return {
    activities: created,
    activityByKey,
    links: [] as ClientActivityLink[],
    filledLinks: [] as ClientActivityLink[],
  };
}

function rowsWith(problems: readonly ImportProblem[], severity: ImportProblem['severity']): number {
  const rows = new Set<number>();
  for (const problem of problems) if (problem.severity === severity) rows.add(problem.row);
  return rows.size;
}
