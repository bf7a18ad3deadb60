import { restoredClientRecord } from '@shared/contacts/importRecords';
import { localDateOf } from '@shared/dates/days';
import { nowIso } from '@shared/ids';
import type { ContactSource } from '@shared/import';
import type { Client } from '@shared/model/client';
import type { ImportBatch, ImportBatchCounts, ImportUndoCounts } from '@shared/model/importBatch';
import type { Table } from 'dexie';
import type { ClienteleDatabase } from './database';
import { type DuplicateRecheck, matchKeysAddedElsewhere } from './importDuplicateRecheck';
import {
  hasMarketingTables,
  type ImportedSources,
  recordImportedSources,
  undoImportedSources,
} from './marketingRepository';
import { hasRelationshipLog, relationshipTables } from './relationshipTables';
import { logAppTouches, removeAppTouches } from './touchesRepository';

/** Everything one import writes, prepared beforehand so the transaction does no per-row work. */
export interface PreparedImport {
  batchId: string;
  fileName: string;
  source: ContactSource;
  batchTag: string;
  /** The moment of the write: createdAt and updatedAt of every record written. */
  stamp: string;
  /** Counts of the plan; created, updated and skipped are corrected to what was written. */
  counts: ImportBatchCounts;
  /**
   * The clients to create. May be built as they are read (a generator), so building the next
   * ones overlaps with the database storing the previous ones.
   */
  created: Iterable<Client>;
  /** Existing clients to fill in: as read when the import was planned, and after. */
  updates: { before: Client; after: Client }[];
  /** Re-check new clients against those other imports added since the file was opened. */
  duplicateRecheck?: DuplicateRecheck;
  /** Where the new clients came from, when the file has source channel or campaign columns. */
  sources?: ImportedSources;
}

export interface CommitHooks {
  /** Aborting rolls the whole transaction back: nothing is written. */
  signal?: AbortSignal | undefined;
  /** Share of the clients written, 0 to 1. */
  onProgress?: ((fraction: number) => void) | undefined;
}

export interface CommittedImport {
  batch: ImportBatch;
  /** Every client record written, created or filled in. */
  written: Client[];
}

/** Clients added per request: small enough to report progress often. */
const writeChunkSize = 2000;

/**
 * Writes an import in one transaction: the clients it creates, the existing clients it fills
 * in and its batch record for the history. A failure or a cancel leaves the database as it
 * was. A client edited or deleted since the import was planned is left alone (counted skipped),
 * and so is a new client that matches one another import added meanwhile (the same file imported
 * in two tabs).
 */
export async function commitImport(
  db: ClienteleDatabase,
  prepared: PreparedImport,
  hooks: CommitHooks = {},
): Promise<CommittedImport> {
  hooks.signal?.throwIfAborted();
  return db.transaction(
    'rw',
    [db.clients, db.importBatches, ...relationshipTables(db), ...marketingTables(db)],
    async (transaction) => {
      const abort = () => transaction.abort();
      hooks.signal?.addEventListener('abort', abort, { once: true });
      try {
        const current = await db.clients.bulkGet(prepared.updates.map((update) => update.before.id));
        const updates = prepared.updates.filter(
          (update, index) => current[index]?.updatedAt === update.before.updatedAt,
        );
        const addedElsewhere = prepared.duplicateRecheck
          ? await matchKeysAddedElsewhere(db, prepared.duplicateRecheck)
          : new Set<string>();
        let alreadyAdded = 0;
        // At most one chunk is stored while the next is built: a cancel then has one chunk queued
        // to throw away, instead of the whole file keeping the database busy for many seconds.
        const created: Client[] = [];
        const planned = Math.max(1, prepared.counts.created);
        let stored = 0;
        let storing: Promise<void> = Promise.resolve();
        const store = async (chunk: Client[]) => {
          await storing;
          hooks.signal?.throwIfAborted();
          storing = db.clients.bulkAdd(chunk).then(() => {
            stored += chunk.length;
            hooks.onProgress?.(Math.min(1, stored / planned));
          });
        };
        let chunk: Client[] = [];
        for (const client of prepared.created) {
          if (addedElsewhere.size > 0 && client.matchKeys.some((key) => addedElsewhere.has(key))) {
            alreadyAdded += 1;
            continue;
          }
          created.push(client);
          chunk.push(client);
          if (chunk.length === writeChunkSize) {
            await store(chunk);
            chunk = [];
          }
        }
        if (chunk.length > 0) await store(chunk);
        await storing;
        await db.clients.bulkPut(updates.map((update) => update.after));
        await logImportTouches(db, prepared, created, updates);
        if (prepared.sources && hasMarketingTables(db))
          await recordImportedSources(
            db,
            prepared.sources,
            new Set([...created, ...updates.map((update) => update.after)].map((client) => client.id)),
          );
        const batch: ImportBatch = {
          id: prepared.batchId,
          fileName: prepared.fileName,
          source: prepared.source,
          batchTag: prepared.batchTag,
          createdAt: prepared.stamp,
          counts: {
            ...prepared.counts,
            created: created.length,
            updated: updates.length,
            skipped: prepared.counts.skipped + prepared.updates.length - updates.length + alreadyAdded,
          },
          createdClientIds: created.map((client) => client.id),
          updatedBefore: updates.map((update) => update.before),
          undoneAt: '',
        };
        await db.importBatches.add(batch);
        return { batch, written: [...created, ...updates.map((update) => update.after)] };
      } finally {
        hooks.signal?.removeEventListener('abort', abort);
      }
    },
  );
}

/**
 * One quiet timeline entry per client the import created or filled in, in one bulk write, so
 * a 100,000-row import pays for one more request, not one per row.
 */
function logImportTouches(
  db: ClienteleDatabase,
  prepared: PreparedImport,
  created: readonly Client[],
  updates: readonly { after: Client }[],
): Promise<void> {
  const date = localDateOf(new Date(prepared.stamp));
  const base = { date, subject: prepared.fileName, sourceId: prepared.batchId };
  return logAppTouches(db, [
    ...created.map((client) => ({ ...base, event: 'import-created' as const, clientId: client.id })),
    ...updates.map((update) => ({ ...base, event: 'import-filled' as const, clientId: update.after.id })),
  ]);
}

/** Clients read per request while undoing: each read stays short on the page's thread. */
const undoChunkSize = 2000;

/**
 * Undoes an import in one transaction: deletes the clients it created and puts back the ones
 * it filled in. Clients given projects, contacted or edited since (their updatedAt is no longer the
 * import's) are kept as they are, and counted, so the user can be told.
 */
export async function undoImportBatch(
  db: ClienteleDatabase,
  batchId: string,
  now: string = nowIso(),
  onProgress?: (done: number, total: number) => void,
): Promise<{ batch: ImportBatch; undo: ImportUndoCounts }> {
  const tables = [db.clients, db.importBatches, ...relationshipTables(db), ...marketingTables(db)];
  return db.transaction('rw', tables, async () => {
    const batch = await db.importBatches.get(batchId);
    if (!batch) throw new Error('This import is no longer in the import history.');
    if (batch.undoneAt) throw new Error(`The import of ${batch.fileName} has already been undone.`);
    const undo: ImportUndoCounts = { removed: 0, restored: 0, kept: 0 };
    const untouched = (client: Client) => client.updatedAt === batch.createdAt;
    for (let start = 0; start < batch.createdClientIds.length; start += undoChunkSize) {
      const records = await db.clients.bulkGet(batch.createdClientIds.slice(start, start + undoChunkSize));
      const removable: string[] = [];
      for (const client of records) {
        if (!client) continue;
        if (client.projectCount === 0 && untouched(client) && !client.lastContactedOn)
          removable.push(client.id);
        else undo.kept += 1;
      }
      if (hasRelationshipLog(db)) await db.touches.where('clientId').anyOf(removable).delete();
      await db.clients.bulkDelete(removable);
      if (hasMarketingTables(db)) await undoImportedSources(db, batch.id, removable);
      undo.removed += removable.length;
      onProgress?.(
        Math.min(start + undoChunkSize, batch.createdClientIds.length),
        batch.createdClientIds.length,
      );
    }
    const current = await db.clients.bulkGet(batch.updatedBefore.map((client) => client.id));
    const restored: Client[] = [];
    batch.updatedBefore.forEach((before, index) => {
      const present = current[index];
      if (!present) return;
      if (untouched(present)) restored.push(restoredClientRecord(before, present));
      else undo.kept += 1;
    });
    await db.clients.bulkPut(restored);
    if (hasMarketingTables(db))
      await undoImportedSources(db, batch.id, [], {
        clientIds: restored.map((client) => client.id),
        importedAt: batch.createdAt,
      });
    await removeAppTouches(db, batch.id);
    undo.restored = restored.length;
    const undone: ImportBatch = { ...batch, undoneAt: now, undo };
    await db.importBatches.put(undone);
    return { batch: undone, undo };
  });
}

/** The marketing tables, for a transaction's scope; none on an older schema. */
function marketingTables(db: ClienteleDatabase): Table[] {
  return hasMarketingTables(db) ? [db.marketingActivities, db.clientActivityLinks] : [];
}

/** The latest imports, newest first, for the import history. */
export function recentImportBatches(db: ClienteleDatabase, limit = 20): Promise<ImportBatch[]> {
  return db.importBatches.orderBy('createdAt').reverse().limit(limit).toArray();
}

export function getImportBatch(db: ClienteleDatabase, id: string): Promise<ImportBatch | undefined> {
  return db.importBatches.get(id);
}
