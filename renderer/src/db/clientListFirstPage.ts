import type { ClienteleDatabase } from './database';

/**
 * The first clients by name and how many there are, read straight from the sort-name index.
 * Shown at start-up while the list index loads, so a large book shows rows at once.
 */
export async function firstPageOfClients(
  db: ClienteleDatabase,
  limit: number,
): Promise<{ ids: string[]; total: number }> {
  return db.transaction('r', db.clients, async () => ({
    ids: await db.clients.orderBy('sortName').limit(limit).primaryKeys(),
    total: await db.clients.count(),
  }));
}
