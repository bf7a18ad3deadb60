import type { Transaction } from 'dexie';

/**
 * The database schema, one entry per version, append-only: a released version is never edited.
 * A version that changes data carries an upgrade function, and tests/unit/db/upgrades.test.ts
 * opens a database at the version before it and checks what the upgrade leaves.
 */
export interface SchemaVersion {
  version: number;
  /** Dexie store definitions; null deletes a table. */
  stores: Record<string, string | null>;
  upgrade?: (transaction: Transaction) => Promise<void> | void;
}

export const schemaVersions: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // Only live clients: deleted ones move to `trash`. Few indexes on purpose: every index
      // entry costs a write, and the list filters and sorts in memory (clientListIndex.ts).
      clients: 'id, sortName, kind, importBatchId',
      projects: 'id, clientId, serviceTypeId, status',
      serviceTypes: 'id, &nameKey',
      settings: 'key',
      trash: 'id, deletedAt',
    },
  },
  {
    version: 2,
    stores: {
      pricingScenarios: 'id, updatedAt, serviceTypeId',
      mailingLists: 'id, year',
    },
  },
  {
    version: 3,
    stores: {
      // An import's clients are found by clients.importBatchId; batches are listed newest first.
      importBatches: 'id, createdAt',
      importPresets: 'id, name',
    },
  },
  {
    version: 6,
    stores: {
      // Marketing activities, and where each client came from (one link per client, id = client id).
      marketingActivities: 'id, startDate, channel',
      clientActivityLinks: 'id, activityId, channel',
      // Done or snoozed entries of the home screen, keyed by the entry.
      homeDismissals: 'id',
    },
  },
];
