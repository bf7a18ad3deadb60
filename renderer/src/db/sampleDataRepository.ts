import { buildClientRecord } from '@shared/clients/clientRecord';
import { groupProjectsByClient, summarizeProjects } from '@shared/clients/projectSummary';
import type { ClienteleDatabase } from './database';
import { loadSettings } from './settingsRepository';

/** Sample clients carry this batch id, so they can be told apart and removed in one go. */
export const sampleDataBatchId = 'sample-data';

/**
 * Fills the client book with generated clients and projects, in one transaction. The data is
 * deterministic, so loading it twice replaces the same records instead of duplicating them.
 */
export async function loadSampleData(
  db: ClienteleDatabase,
  clientCount: number,
  today: string,
): Promise<void> {
  const settings = await loadSettings(db);
  // Loaded on demand: the name and address tables are only needed when someone asks for samples.
  const { generateSampleData } = await import('@shared/sample');
  const sample = generateSampleData({ clientCount, today, homeCurrency: settings.homeCurrency });
  await db.transaction(
    'rw',
    [db.clients, db.projects, db.serviceTypes, db.marketingActivities, db.clientActivityLinks],
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
      const projectsByClient = groupProjectsByClient(projects);
      const clients = sample.clients.map((client) =>
        buildClientRecord(
          client.details,
          {
            id: client.id,
            createdAt: client.createdAt,
            updatedAt: client.updatedAt,
            importBatchId: sampleDataBatchId,
          },
          summarizeProjects(projectsByClient.get(client.id) ?? [], settings.homeCurrency),
        ),
      );
      await db.clients.bulkPut(clients);
      await db.projects.bulkPut(projects);
      await db.marketingActivities.bulkPut(
        sample.activities.map((activity) => ({ ...activity, importBatchId: sampleDataBatchId })),
      );
      await db.clientActivityLinks.bulkPut(sample.activityLinks);
    },
  );
}

export async function countSampleClients(db: ClienteleDatabase): Promise<number> {
  return db.clients.where('importBatchId').equals(sampleDataBatchId).count();
}

/** Removes every sample client and its projects; clients the user added stay. */
export async function removeSampleData(db: ClienteleDatabase): Promise<number> {
  return db.transaction(
    'rw',
    [db.clients, db.projects, db.marketingActivities, db.clientActivityLinks],
    async () => {
      const ids = await db.clients.where('importBatchId').equals(sampleDataBatchId).primaryKeys();
      await db.projects.where('clientId').anyOf(ids).delete();
      await db.clientActivityLinks.bulkDelete(ids);
      await db.marketingActivities
        .filter((activity) => activity.importBatchId === sampleDataBatchId)
        .delete();
      await db.clients.bulkDelete(ids);
      return ids.length;
    },
  );
}
