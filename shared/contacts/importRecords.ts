import { clientIndexFields, normalizeTags } from '../clients/clientDetails';
import { buildClientRecord, clientDetailsOf } from '../clients/clientRecord';
import { emptyProjectSummary, projectSummaryOf } from '../clients/projectSummary';
import type { Client } from '../model/client';
import type { PlannedClient, PlannedUpdate } from './planImport';

export interface ImportRecordMeta {
  id: string;
  /** The moment of the write: createdAt and updatedAt of every client an import writes. */
  stamp: string;
  batchId: string;
  /** Added to the tags of every client the import creates; '' for none. */
  batchTag: string;
}

/**
 * The stored form of a client an import creates: what buildClientRecord gives, with the match
 * keys the plan already has (normalising every phone number again costs seconds for 100,000 rows).
 */
export function importedClientRecord(planned: PlannedClient, meta: ImportRecordMeta): Client {
  const details = meta.batchTag
    ? { ...planned.details, tags: normalizeTags([...planned.details.tags, meta.batchTag]) }
    : planned.details;
  return {
    ...details,
    ...projectSummaryOf(emptyProjectSummary),
    id: meta.id,
    createdAt: meta.stamp,
    updatedAt: meta.stamp,
    ...clientIndexFields(details),
    matchKeys: planned.matchKeys,
    importBatchId: meta.batchId,
  };
}

/**
 * The stored form of an existing client after an import filled its empty fields: its id,
 * creation, batch and project figures stay; its details and keys follow the merge.
 */
export function filledClientRecord(update: PlannedUpdate, current: Client, stamp: string): Client {
  return buildClientRecord(
    update.after,
    { id: current.id, createdAt: current.createdAt, updatedAt: stamp, importBatchId: current.importBatchId },
    current,
  );
}

/**
 * A client as it was before an import filled it in, with the project figures it has now:
 * projects added since the import still count.
 */
export function restoredClientRecord(before: Client, current: Client): Client {
  return buildClientRecord(
    clientDetailsOf(before),
    {
      id: before.id,
      createdAt: before.createdAt,
      updatedAt: before.updatedAt,
      importBatchId: before.importBatchId,
    },
    current,
  );
}
