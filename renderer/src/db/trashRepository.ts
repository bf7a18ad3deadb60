import type { ClienteleDatabase } from './database';
import { dependentTables, restoreDependents } from './dependentRecords';
import { recomputeLastContacted } from './lastContactedSync';
import { refreshClientSummary } from './projectsRepository';
import { hasRelationshipLog, relationshipTables } from './relationshipTables';

/** How long deleted records are kept for undo before they are purged for good. */
const trashRetentionDays = 30;

/** Puts back what a delete moved to the trash, in one transaction. */
export async function restoreFromTrash(db: ClienteleDatabase, trashId: string): Promise<void> {
  const tables = [
    db.trash,
    db.clients,
    db.projects,
    db.settings,
    db.pricingScenarios,
    db.mailingLists,
    ...relationshipTables(db),
    ...dependentTables(db),
  ];
  await db.transaction('rw', tables, async () => {
    const entry = await db.trash.get(trashId);
    if (!entry) throw new Error('There is nothing to undo: the deleted items are no longer in the trash.');
    await db.clients.bulkPut(entry.clients);
    const clientIds = new Set(entry.clients.map((client) => client.id));
    const orphans = [];
    for (const project of entry.projects) {
      if (clientIds.has(project.clientId) || (await db.clients.get(project.clientId))) continue;
      orphans.push(project.id);
    }
    for (const touch of entry.touches ?? []) {
      if (clientIds.has(touch.clientId) || (await db.clients.get(touch.clientId))) continue;
      orphans.push(touch.id);
    }
    if (orphans.length > 0) {
      throw new Error(
        `The client of this ${entry.projects.length > 0 ? 'project' : 'touch'} has been deleted; restore the client first.`,
      );
    }
    await db.projects.bulkPut(entry.projects);
    await db.pricingScenarios.bulkPut(entry.pricingScenarios ?? []);
    await db.mailingLists.bulkPut(entry.mailingLists ?? []);
    if (hasRelationshipLog(db)) {
      await db.touches.bulkPut(entry.touches ?? []);
      await db.referrals.bulkPut(entry.referrals ?? []);
      await recomputeLastContacted(
        db,
        (entry.touches ?? [])
          .filter((touch) => !clientIds.has(touch.clientId))
          .map((touch) => touch.clientId),
      );
    }
    await restoreDependents(db, entry);
    await db.trash.delete(trashId);
    for (const clientId of new Set(entry.projects.map((project) => project.clientId))) {
      await refreshClientSummary(db, clientId);
    }
  });
}

/** Drops trash entries older than the retention period. */
export async function purgeOldTrash(db: ClienteleDatabase, now: Date = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - trashRetentionDays * 24 * 60 * 60 * 1000).toISOString();
  return db.trash.where('deletedAt').below(cutoff).delete();
}
