import type { ClientKind } from '../model/client';
import {
  addProjectRevenue,
  type InsightClient,
  type InsightProject,
  isDatedBusiness,
  type MoneyTotals,
} from './book';

interface ClientGroupFigures {
  /** The clients behind the figures, so a count opens exactly them. */
  clientIds: string[];
  revenue: MoneyTotals;
  projectCount: number;
}

export interface BusinessInRange {
  all: ClientGroupFigures;
  byKind: Record<ClientKind, ClientGroupFigures>;
}

function emptyGroup(): ClientGroupFigures {
  return { clientIds: [], revenue: {}, projectCount: 0 };
}

/** Who did business (a project that went ahead) between two dates, inclusive, by kind of client. */
export function businessInRange(
  clients: readonly InsightClient[],
  projects: readonly InsightProject[],
  range: { from: string; to: string },
): BusinessInRange {
  const kindOf = new Map(clients.map((client) => [client.id, client.kind]));
  const result: BusinessInRange = {
    all: emptyGroup(),
    byKind: { b2b: emptyGroup(), b2g: emptyGroup(), b2c: emptyGroup() },
  };
  const seen = new Set<string>();
  for (const project of projects) {
    if (!isDatedBusiness(project) || project.date < range.from || project.date > range.to) continue;
    const kind = kindOf.get(project.clientId);
    if (!kind) continue;
    for (const group of [result.all, result.byKind[kind]]) {
      group.projectCount += 1;
      addProjectRevenue(group.revenue, project);
    }
    if (!seen.has(project.clientId)) {
      seen.add(project.clientId);
      result.all.clientIds.push(project.clientId);
      result.byKind[kind].clientIds.push(project.clientId);
    }
  }
  return result;
}

export interface RepeatShare {
  /** Clients with at least one completed project, and how many of them are repeat clients. */
  buyingClients: number;
  repeatClientIds: string[];
  revenue: MoneyTotals;
  repeatRevenue: MoneyTotals;
  /** Clients by how many completed projects they had: 1, 2, 3… (the last bucket is "this many or more"). */
  byProjectCount: { projects: number; clientIds: string[] }[];
}

/** Repeat customers: clients with at least `minCompleted` completed projects, and their share. */
export function repeatShare(
  projects: readonly InsightProject[],
  minCompleted: number,
  maxBucket = 6,
): RepeatShare {
  const completed = new Map<string, InsightProject[]>();
  for (const project of projects) {
    if (project.status !== 'completed') continue;
    const list = completed.get(project.clientId);
    if (list) list.push(project);
    else completed.set(project.clientId, [project]);
  }
  const result: RepeatShare = {
    buyingClients: completed.size,
    repeatClientIds: [],
    revenue: {},
    repeatRevenue: {},
    byProjectCount: [],
  };
  const buckets = new Map<number, string[]>();
  for (const [clientId, list] of completed) {
    const repeat = list.length >= minCompleted;
    if (repeat) result.repeatClientIds.push(clientId);
    for (const project of list) {
      addProjectRevenue(result.revenue, project);
      if (repeat) addProjectRevenue(result.repeatRevenue, project);
    }
    const bucket = Math.min(list.length, maxBucket);
    const ids = buckets.get(bucket);
    if (ids) ids.push(clientId);
    else buckets.set(bucket, [clientId]);
  }
  result.byProjectCount = [...buckets.entries()]
    .sort(([a], [b]) => a - b)
    .map(([count, clientIds]) => ({ projects: count, clientIds }));
  return result;
}

/** A share as a fraction of a whole, or null when the whole is 0. */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}
