import { clientDisplayName } from '../clients/names';
import { isBusinessProject, projectDate } from '../clients/projectSummary';
import type { Client, ClientKind } from '../model/client';
import type { ClientActivityLink, MarketingActivity } from '../model/marketing';
import type { Project, ProjectStatus } from '../model/project';
import type { Money } from '../money/money';

/** What the figures need of a client: small, so a whole book passes cheaply to a worker. */
export interface InsightClient {
  id: string;
  name: string;
  kind: ClientKind;
  createdAt: string;
  verifiedOn: string;
  doNotContact: boolean;
  /** The free-text source kept on the client ("referred by Ana"), as before activities existed. */
  sourceDetail: string;
  sourceChannel: string;
  /** The latest contact in the relationship log, '' or absent when never: recent contact quiets nudges. */
  lastContactedOn?: string;
}

/** What the figures need of a project: the day it counts at, and what it was worth. */
export interface InsightProject {
  clientId: string;
  serviceTypeId: string;
  status: ProjectStatus;
  /** The date the project counts at (see projectDate), or ''. */
  date: string;
  amount: Money;
}

/** Amounts per ISO currency, in minor units: never added across currencies. */
export type MoneyTotals = Record<string, number>;

export function insightClient(client: Client): InsightClient {
  return {
    id: client.id,
    name: clientDisplayName(client),
    kind: client.kind,
    createdAt: client.createdAt.slice(0, 10),
    verifiedOn: client.verifiedOn,
    doNotContact: client.doNotContact,
    sourceDetail: client.source.detail,
    sourceChannel: client.source.channel,
    lastContactedOn: client.lastContactedOn ?? '',
  };
}

export function insightProject(project: Project): InsightProject {
  return {
    clientId: project.clientId,
    serviceTypeId: project.serviceTypeId,
    status: project.status,
    date: projectDate(project),
    amount: project.amount,
  };
}

/** Projects that went ahead and have a date: the ones figures about business count. */
export function isDatedBusiness(project: InsightProject): boolean {
  return isBusinessProject(project) && project.date !== '';
}

export function addTo(totals: MoneyTotals, currency: string, amountMinor: number): void {
  if (amountMinor === 0 && totals[currency] !== undefined) return;
  totals[currency] = (totals[currency] ?? 0) + amountMinor;
}

export function addProjectRevenue(totals: MoneyTotals, project: InsightProject): void {
  if (project.status !== 'completed') return;
  addTo(totals, project.amount.currency, project.amount.amountMinor);
}

/** The currencies in totals, the home currency first, then by amount. */
export function currenciesOf(totals: MoneyTotals, homeCurrency: string): string[] {
  return Object.keys(totals).sort((a, b) =>
    a === homeCurrency ? -1 : b === homeCurrency ? 1 : (totals[b] ?? 0) - (totals[a] ?? 0),
  );
}

/** Each client's dated business projects, oldest first. */
export function businessByClient(projects: readonly InsightProject[]): Map<string, InsightProject[]> {
  const byClient = new Map<string, InsightProject[]>();
  for (const project of projects) {
    if (!isDatedBusiness(project)) continue;
    const list = byClient.get(project.clientId);
    if (list) list.push(project);
    else byClient.set(project.clientId, [project]);
  }
  for (const list of byClient.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return byClient;
}

/** Everything the insights figures are computed from: small records of the whole client book. */
export interface InsightsBook {
  clients: InsightClient[];
  projects: InsightProject[];
  activities: MarketingActivity[];
  /** Links of clients that still exist. */
  links: ClientActivityLink[];
  serviceNames: ReadonlyMap<string, string>;
}
