import { type InsightsBook, insightClient, insightProject } from '@shared/insights';
import { linksWithReferrals } from '@shared/touches/referralChannel';
import type { ClienteleDatabase } from '../database';
import { hasRelationshipLog } from '../relationshipTables';

/**
 * Records read per transaction: a read holds back writes to its table until it ends, so each
 * stays short and the user's edits (or a trace answer) slip in between.
 */
const chunkSize = 2000;

async function readInChunks<T extends { id: string }, R>(
  table: { where(index: string): { above(key: string): { limit(n: number): { toArray(): Promise<T[]> } } } },
  convert: (row: T) => R,
): Promise<R[]> {
  const result: R[] = [];
  let lastId = '';
  for (;;) {
    const chunk = await table.where(':id').above(lastId).limit(chunkSize).toArray();
    for (const row of chunk) result.push(convert(row));
    if (chunk.length < chunkSize) return result;
    lastId = (chunk[chunk.length - 1] as T).id;
  }
}

/** The whole client book as the insights figures need it (small records; see InsightClient). */
export async function readInsightsBook(db: ClienteleDatabase): Promise<InsightsBook> {
  const clients = await readInChunks(db.clients, insightClient);
  const projects = await readInChunks(db.projects, insightProject);
  const [serviceTypes, activities, links, referrals] = await Promise.all([
    db.serviceTypes.toArray(),
    db.marketingActivities.toArray(),
    db.clientActivityLinks.toArray(),
    hasRelationshipLog(db) ? db.referrals.toArray() : [],
  ]);
  const clientIds = new Set(clients.map((client) => client.id));
  return {
    clients,
    projects: projects.filter((project) => clientIds.has(project.clientId)),
    activities,
    // A referred client with no other known source counts as coming through "referral".
    links: linksWithReferrals(
      links.filter((link) => clientIds.has(link.clientId)),
      referrals,
      clients,
    ),
    serviceNames: new Map(serviceTypes.map((type) => [type.id, type.name])),
  };
}
