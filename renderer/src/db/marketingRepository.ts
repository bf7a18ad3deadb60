import { newId, nowIso } from '@shared/ids';
import type {
  ClientActivityLink,
  MarketingActivity,
  MarketingActivityDetails,
  MarketingChannel,
} from '@shared/model/marketing';
import type { ClienteleDatabase } from './database';

/** Named operations on marketing activities and on where clients came from. */

export async function createActivity(
  db: ClienteleDatabase,
  details: MarketingActivityDetails,
): Promise<string> {
  const now = nowIso();
  const id = newId();
  await db.marketingActivities.add({ ...details, id, createdAt: now, updatedAt: now });
  return id;
}

export async function updateActivity(
  db: ClienteleDatabase,
  id: string,
  details: MarketingActivityDetails,
): Promise<void> {
  await db.transaction('rw', db.marketingActivities, async () => {
    const existing = await db.marketingActivities.get(id);
    if (!existing) throw new Error('This activity no longer exists; it may have been deleted.');
    await db.marketingActivities.put({ ...details, id, createdAt: existing.createdAt, updatedAt: nowIso() });
  });
}

/** Deletes an activity; its clients keep the channel, so the channel figures still count them. */
export async function deleteActivity(db: ClienteleDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.marketingActivities, db.clientActivityLinks, async () => {
    const now = nowIso();
    await db.clientActivityLinks.where('activityId').equals(id).modify({ activityId: '', updatedAt: now });
    await db.marketingActivities.delete(id);
  });
}

/** Records where a client came from, replacing what was recorded before. */
export async function linkClient(
  db: ClienteleDatabase,
  clientId: string,
  source: { activityId: string; channel: MarketingChannel },
): Promise<void> {
  const now = nowIso();
  const existing = await db.clientActivityLinks.get(clientId);
  const link: ClientActivityLink = {
    id: clientId,
    clientId,
    activityId: source.activityId,
    channel: source.channel,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
  await db.clientActivityLinks.put(link);
}

/** Puts back what was recorded for a client before (undo), or removes the link if nothing was. */
export async function restoreLink(
  db: ClienteleDatabase,
  clientId: string,
  previous: ClientActivityLink | undefined,
): Promise<void> {
  if (previous) await db.clientActivityLinks.put(previous);
  else await db.clientActivityLinks.delete(clientId);
}

/** Turns a free-text source shared by several clients into an activity and links them to it, in one go. */
export async function activityFromFreeText(
  db: ClienteleDatabase,
  details: MarketingActivityDetails,
  clientIds: readonly string[],
): Promise<string> {
  return db.transaction('rw', db.marketingActivities, db.clientActivityLinks, async () => {
    const now = nowIso();
    const id = newId();
    await db.marketingActivities.add({ ...details, id, createdAt: now, updatedAt: now });
    await db.clientActivityLinks.bulkPut(
      clientIds.map((clientId) => ({
        id: clientId,
        clientId,
        activityId: id,
        channel: details.channel,
        createdAt: now,
        updatedAt: now,
      })),
    );
    return id;
  });
}

/** Undoes activityFromFreeText: the activity and its links go; the typed-in sources were never touched. */
export async function undoActivityFromFreeText(db: ClienteleDatabase, activityId: string): Promise<void> {
  await db.transaction('rw', db.marketingActivities, db.clientActivityLinks, async () => {
    await db.clientActivityLinks.where('activityId').equals(activityId).delete();
    await db.marketingActivities.delete(activityId);
  });
}

/** Where a client came from, as linked; undefined when not traced. */
export function clientActivityLinkOf(
  db: ClienteleDatabase,
  clientId: string,
): Promise<ClientActivityLink | undefined> {
  return db.clientActivityLinks.get(clientId);
}

/** Whether the database has the marketing tables (schema version 6); upgrade tests open older ones. */
export function hasMarketingTables(db: ClienteleDatabase): boolean {
  return (db as Partial<ClienteleDatabase>).clientActivityLinks !== undefined;
}

/** The activities an import matches campaign names against. */
export async function activitiesForImport(
  db: ClienteleDatabase,
): Promise<{ id: string; name: string; channel: MarketingChannel }[]> {
  if (!hasMarketingTables(db)) return [];
  const activities = await db.marketingActivities.toArray();
  return activities.map(({ id, name, channel }) => ({ id, name, channel }));
}

/** The activities an import creates (stamped with its batch) and the links of the clients it writes. */
export interface ImportedSources {
  activities: MarketingActivity[];
  /** Of the clients it creates. */
  links: ClientActivityLink[];
  /** Of the existing clients it fills in: written only where the client has no source yet. */
  filledLinks?: ClientActivityLink[];
}

/**
 * Writes an import's sources inside its transaction: the links of the clients it wrote (a
 * filled-in client keeps a source it already has), and the new activities those links point to
 * (an activity only rows left out named is not created).
 */
export async function recordImportedSources(
  db: ClienteleDatabase,
  sources: ImportedSources,
  writtenClientIds: ReadonlySet<string>,
): Promise<void> {
  const filled = (sources.filledLinks ?? []).filter((link) => writtenClientIds.has(link.clientId));
  const known = await db.clientActivityLinks.bulkGet(filled.map((link) => link.clientId));
  const links = [
    ...sources.links.filter((link) => writtenClientIds.has(link.clientId)),
    ...filled.filter((_, index) => known[index] === undefined),
  ];
  const linked = new Set(links.map((link) => link.activityId));
  await db.marketingActivities.bulkAdd(sources.activities.filter((activity) => linked.has(activity.id)));
  await db.clientActivityLinks.bulkPut(links);
}

/**
 * Undoes an import's sources inside its undo: the removed clients' links go, and so do the links
 * it gave the clients it filled in (made at the import's moment, `importedAt`, and not changed
 * since), and the activities the import created unless a client it kept still points to one.
 */
export async function undoImportedSources(
  db: ClienteleDatabase,
  batchId: string,
  removedClientIds: readonly string[],
  restored: { clientIds: readonly string[]; importedAt: string } = { clientIds: [], importedAt: '' },
): Promise<void> {
  await db.clientActivityLinks.bulkDelete([...removedClientIds]);
  const filledLinks = await db.clientActivityLinks.bulkGet([...restored.clientIds]);
  await db.clientActivityLinks.bulkDelete(
    filledLinks.flatMap((link) => (link && link.updatedAt === restored.importedAt ? [link.id] : [])),
  );
  const created = await db.marketingActivities
    .filter((activity) => activity.importBatchId === batchId)
    .toArray();
  for (const activity of created) {
    const stillLinked = await db.clientActivityLinks.where('activityId').equals(activity.id).count();
    if (stillLinked === 0) await db.marketingActivities.delete(activity.id);
  }
}
