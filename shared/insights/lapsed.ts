import { addMonths } from '../dates/isoDate';
import {
  addProjectRevenue,
  businessByClient,
  type InsightClient,
  type InsightProject,
  type MoneyTotals,
} from './book';

export interface LapsedClient {
  clientId: string;
  name: string;
  /** Everything billed before they went quiet: what is at stake if they never come back. */
  valueAtStake: MoneyTotals;
  lastDate: string;
  lastServiceTypeId: string;
}

/**
 * Clients who did business but nothing for `lapsedAfterMonths` and have nothing under way,
 * most valuable first: by what they were billed in the home currency, then in any other.
 */
export function lapsedClients(
  clients: readonly InsightClient[],
  projects: readonly InsightProject[],
  options: { lapsedAfterMonths: number; homeCurrency: string; today: string },
): LapsedClient[] {
  const cutoff = addMonths(options.today, -options.lapsedAfterMonths);
  const byClient = businessByClient(projects);
  const result: LapsedClient[] = [];
  for (const client of clients) {
    const list = byClient.get(client.id);
    if (!list || list.length === 0) continue;
    const last = list[list.length - 1] as InsightProject;
    if (last.date >= cutoff || list.some((project) => project.status === 'active')) continue;
    const valueAtStake: MoneyTotals = {};
    for (const project of list) addProjectRevenue(valueAtStake, project);
    result.push({
      clientId: client.id,
      name: client.name,
      valueAtStake,
      lastDate: last.date,
      lastServiceTypeId: last.serviceTypeId,
    });
  }
  const home = (entry: LapsedClient) => entry.valueAtStake[options.homeCurrency] ?? 0;
  const largestOther = (entry: LapsedClient) =>
    Math.max(
      0,
      ...Object.entries(entry.valueAtStake)
        .filter(([c]) => c !== options.homeCurrency)
        .map(([, v]) => v),
    );
  return result.sort(
    (a, b) => home(b) - home(a) || largestOther(b) - largestOther(a) || a.name.localeCompare(b.name),
  );
}
