import type { ClienteleDatabase } from './database';

/**
 * How far back to look for imports committed elsewhere. A batch is stamped when it is prepared,
 * which can be well before it commits, so one stamped a little before this import's file was
 * opened may still have committed after its duplicates were found.
 */
const stampLeewayMs = 10 * 60 * 1000;

/** Which imports' clients to re-check against when committing, and which clients were known. */
export interface DuplicateRecheck {
  /** When the file was opened and its duplicates found (ISO). */
  openedAt: string;
  /** True for a client the duplicate search already knew about when the file was opened. */
  isKnownClient: (id: string) => boolean;
}

/**
 * The match keys of clients that other imports (in another tab or window) added that this one
 * did not know about when it found its duplicates. Read inside the import's write transaction,
 * so two imports of one file cannot both create the same clients.
 */
export async function matchKeysAddedElsewhere(
  db: ClienteleDatabase,
  recheck: DuplicateRecheck,
): Promise<Set<string>> {
  const since = new Date(Date.parse(recheck.openedAt) - stampLeewayMs).toISOString();
  const batches = await db.importBatches.where('createdAt').aboveOrEqual(since).toArray();
  const ids = batches
    .filter((batch) => batch.undoneAt === '')
    .flatMap((batch) => batch.createdClientIds)
    .filter((id) => !recheck.isKnownClient(id));
  const keys = new Set<string>();
  if (ids.length === 0) return keys;
  for (const client of await db.clients.bulkGet(ids)) {
    for (const key of client?.matchKeys ?? []) keys.add(key);
  }
  return keys;
}
