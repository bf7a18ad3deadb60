import type { Transaction } from 'dexie';
import { addFirstStamp } from './dataChangeStamp';
import { sortPeopleByFamilyName } from './namePartsUpgrade';

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
    version: 4,
    stores: {
      surveys: 'id, updatedAt',
      // A sending keeps its own copy of the questions; answers point at their sending.
      surveySendings: 'id, projectId, clientId, surveyId, status',
      surveyAnswers: 'id, sendingId, clientId, surveyId',
    },
  },
  {
    version: 5,
    stores: {
      // followUpOn is set only while a follow-up is open, and sourceId only on touches the app
      // logged: both indexes stay sparse, so a hand-logged touch costs one index entry.
      touches: 'id, clientId, followUpOn, sourceId',
      referrals: 'id, &clientId, referrerClientId',
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
  {
    version: 7,
    stores: {},
    upgrade: sortPeopleByFamilyName,
  },
  {
    version: 8,
    stores: {
      // One row: changes with every write the insights figures depend on (dataChangeStamp.ts).
      dataChangeStamps: 'id',
    },
    upgrade: addFirstStamp,
  },
];
