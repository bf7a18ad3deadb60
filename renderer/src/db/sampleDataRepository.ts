import { buildClientRecord } from '@shared/clients/clientRecord';
import { groupByClient, summarizeProjects } from '@shared/clients/projectSummary';
import type { Touch } from '@shared/model/touch';
import { countsAsContact } from '@shared/touches/lastContacted';
import type { ClienteleDatabase } from './database';
import { hasRelationshipLog, relationshipTables } from './relationshipTables';
import { loadSettings } from './settingsRepository';

/** Sample clients carry this batch id, so they can be told apart and removed in one go. */
const sampleDataBatchId = 'sample-data';

/** Clients written per step (with their projects and touches): small enough for frequent progress, large enough for bulk speed. */
const clientsPerStep = 500;

export interface SampleLoadOptions {
  /** Called after each step with the clients written so far (the transaction is still open). */
  onProgress?: (written: number, total: number) => void;
  /** Aborting cancels the whole load: the transaction is rolled back and nothing stays. */
  signal?: AbortSignal;
}

/**
 * Fills the client book with generated clients and projects, in one transaction written in
 * steps. A cancel rolls the transaction back, so the book has either all the samples or none:
 * half a sample set (clients without their projects, figures that do not add up) is never seen.
 * The data is deterministic, so loading it twice replaces the same records instead of duplicating them.
 */
export async function loadSampleData(
  db: ClienteleDatabase,
  clientCount: number,
  today: string,
  options: SampleLoadOptions = {},
): Promise<void> {
  const { onProgress, signal } = options;
  const settings = await loadSettings(db);
  // Loaded on demand: the name and address tables are only needed when someone asks for samples.
  const { generateSampleData } = await import('@shared/sample');
  signal?.throwIfAborted();
  const sample = generateSampleData({ clientCount, today, homeCurrency: settings.homeCurrency });
  await db.transaction(
    'rw',
    [
      db.clients,
      db.projects,
      db.serviceTypes,
      db.marketingActivities,
      db.clientActivityLinks,
      ...relationshipTables(db),
    ],
    async () => {
      const serviceTypeIds = new Map<string, string>();
      for (const serviceType of sample.serviceTypes) {
        const existing = await db.serviceTypes.where('nameKey').equals(serviceType.nameKey).first();
        if (existing) serviceTypeIds.set(serviceType.id, existing.id);
        else await db.serviceTypes.add(serviceType);
      }
      const projects = sample.projects.map((project) => ({
        ...project,
        serviceTypeId: serviceTypeIds.get(project.serviceTypeId) ?? project.serviceTypeId,
      }));
      const projectsByClient = groupByClient(projects);
      const touchesByClient = groupByClient(sample.touches);
      const logged = hasRelationshipLog(db);
      const contactedOn = lastContactedByClient(sample.touches);
      const clients = sample.clients.map((client) =>
        buildClientRecord(
          client.details,
          {
            id: client.id,
            createdAt: client.createdAt,
            updatedAt: client.updatedAt,
            importBatchId: sampleDataBatchId,
          },
          {
            ...summarizeProjects(projectsByClient.get(client.id) ?? [], settings),
            lastContactedOn: contactedOn.get(client.id) ?? '',
          },
        ),
      );
      for (let start = 0; start < clients.length; start += clientsPerStep) {
        signal?.throwIfAborted();
        const step = clients.slice(start, start + clientsPerStep);
        await db.clients.bulkPut(step);
        await db.projects.bulkPut(step.flatMap((client) => projectsByClient.get(client.id) ?? []));
        // Touches go with their clients, so progress and cancel cover the whole load.
        if (logged) await db.touches.bulkPut(step.flatMap((client) => touchesByClient.get(client.id) ?? []));
        onProgress?.(start + step.length, clients.length);
      }
      signal?.throwIfAborted();
      if (logged) await db.referrals.bulkPut(sample.referrals);
      await db.marketingActivities.bulkPut(
        sample.activities.map((activity) => ({ ...activity, importBatchId: sampleDataBatchId })),
      );
      await db.clientActivityLinks.bulkPut(sample.activityLinks);
    },
  );
}

/** Each client's latest contact among the sample touches. */
function lastContactedByClient(touches: readonly Touch[]): Map<string, string> {
  const latest = new Map<string, string>();
  for (const touch of touches) {
    if (countsAsContact(touch) && touch.date > (latest.get(touch.clientId) ?? ''))
      latest.set(touch.clientId, touch.date);
  }
  return latest;
}

export async function countSampleClients(db: ClienteleDatabase): Promise<number> {
  return db.clients.where('importBatchId').equals(sampleDataBatchId).count();
}

/** Removes every sample client with its projects, touches and referrals; clients the user added stay. */
export async function removeSampleData(db: ClienteleDatabase): Promise<number> {
  return db.transaction(
    'rw',
    [db.clients, db.projects, db.marketingActivities, db.clientActivityLinks, ...relationshipTables(db)],
    async () => {
      const ids = await db.clients.where('importBatchId').equals(sampleDataBatchId).primaryKeys();
      await db.projects.where('clientId').anyOf(ids).delete();
      if (hasRelationshipLog(db)) {
        await db.touches.where('clientId').anyOf(ids).delete();
        await db.referrals.where('clientId').anyOf(ids).delete();
      }
      await db.clientActivityLinks.bulkDelete(ids);
      await db.marketingActivities
        .filter((activity) => activity.importBatchId === sampleDataBatchId)
        .delete();
      await db.clients.bulkDelete(ids);
      return ids.length;
    },
  );
}
