import { addMonths } from '../dates/isoDate';
import type { ClientActivityLink, MarketingActivity, MarketingChannel } from '../model/marketing';
import type { Money } from '../money/money';
import { addProjectRevenue, addTo, businessByClient, type InsightProject, type MoneyTotals } from './book';
import { isoToDayNumber } from './dayNumbers';
import { marketingRoi } from './marketingRoi';

export interface AssessOptions {
  today: string;
  /** Revenue counts this many months after a client's first contact (their first project). */
  windowMonths: number;
  /** What an hour of the user's time is worth, or null when not set. */
  hourValue: Money | null;
}

interface Assessment {
  clientIds: string[];
  revenueInWindow: MoneyTotals;
  revenueAllTime: MoneyTotals;
  /** Money spent, per currency. */
  cost: MoneyTotals;
  /** Money spent plus hours × hour value (in the hour value's currency). */
  costWithTime: MoneyTotals;
  hours: number;
  /** Cost ÷ clients brought, per currency; empty with no clients. */
  costPerClient: MoneyTotals;
  /** ROI per cost currency, on money spent and on money + time, over the window revenue. */
  roi: Record<string, number | null>;
  roiWithTime: Record<string, number | null>;
  /** Median days from the activity's start to its clients' first project, or null. */
  lagDays: number | null;
}

export interface ActivityAssessment extends Assessment {
  activityId: string;
}

export interface ChannelAssessment extends Assessment {
  channel: MarketingChannel;
}

function spendTotals(activities: readonly MarketingActivity[], hourValue: Money | null) {
  const cost: MoneyTotals = {};
  let hours = 0;
  for (const activity of activities) {
    for (const item of activity.spend) addTo(cost, item.amount.currency, item.amount.amountMinor);
    hours += activity.hours;
  }
  const costWithTime: MoneyTotals = { ...cost };
  if (hourValue && hours > 0)
    addTo(costWithTime, hourValue.currency, Math.round(hours * hourValue.amountMinor));
  return { cost, costWithTime, hours };
}

function roiPerCurrency(revenue: MoneyTotals, cost: MoneyTotals): Record<string, number | null> {
  const roi: Record<string, number | null> = {};
  for (const [currency, amount] of Object.entries(cost))
    roi[currency] = marketingRoi({ revenue: revenue[currency] ?? 0, cost: amount }).roi;
  return roi;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : Math.round(((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2);
}

function assess(
  activities: readonly MarketingActivity[],
  clientIds: readonly string[],
  byClient: ReadonlyMap<string, InsightProject[]>,
  options: AssessOptions,
): Assessment {
  const revenueInWindow: MoneyTotals = {};
  const revenueAllTime: MoneyTotals = {};
  const lags: number[] = [];
  const start =
    activities
      .map((activity) => activity.startDate)
      .filter(Boolean)
      .sort()[0] ?? '';
  for (const clientId of clientIds) {
    const list = byClient.get(clientId) ?? [];
    const first = list[0];
    if (!first) continue;
    const windowEnd = addMonths(first.date, options.windowMonths);
    for (const project of list) {
      addProjectRevenue(revenueAllTime, project);
      if (project.date < windowEnd) addProjectRevenue(revenueInWindow, project);
    }
    if (start !== '' && first.date >= start) lags.push(isoToDayNumber(first.date) - isoToDayNumber(start));
  }
  const { cost, costWithTime, hours } = spendTotals(activities, options.hourValue);
  const costPerClient: MoneyTotals = {};
  if (clientIds.length > 0) {
    for (const [currency, amount] of Object.entries(cost))
      costPerClient[currency] = Math.round(amount / clientIds.length);
  }
  return {
    clientIds: [...clientIds],
    revenueInWindow,
    revenueAllTime,
    cost,
    costWithTime,
    hours,
    costPerClient,
    roi: roiPerCurrency(revenueInWindow, cost),
    roiWithTime: roiPerCurrency(revenueInWindow, costWithTime),
    lagDays: median(lags),
  };
}

function clientsByActivity(links: readonly ClientActivityLink[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const link of links) {
    if (link.activityId === '') continue;
    const list = map.get(link.activityId);
    if (list) list.push(link.clientId);
    else map.set(link.activityId, [link.clientId]);
  }
  return map;
}

/** Per activity: clients brought, their revenue, cost, cost per client, ROI and lag. */
export function assessActivities(
  activities: readonly MarketingActivity[],
  links: readonly ClientActivityLink[],
  projects: readonly InsightProject[],
  options: AssessOptions,
): ActivityAssessment[] {
  const byClient = businessByClient(projects);
  const byActivity = clientsByActivity(links);
  return activities.map((activity) => ({
    activityId: activity.id,
    ...assess([activity], byActivity.get(activity.id) ?? [], byClient, options),
  }));
}

/** Per channel: all its activities together, plus clients known only by that channel. */
export function assessChannels(
  activities: readonly MarketingActivity[],
  links: readonly ClientActivityLink[],
  projects: readonly InsightProject[],
  options: AssessOptions,
): ChannelAssessment[] {
  const byClient = businessByClient(projects);
  const channels = new Set<MarketingChannel>([
    ...activities.map((a) => a.channel),
    ...links.map((l) => l.channel),
  ]);
  return [...channels].map((channel) => ({
    channel,
    ...assess(
      activities.filter((activity) => activity.channel === channel),
      links.filter((link) => link.channel === channel).map((link) => link.clientId),
      byClient,
      options,
    ),
  }));
}

export interface OriginatedYear {
  year: number;
  /** Clients whose first project fell in the year, and those of them marketing brought. */
  newClientIds: string[];
  marketingClientIds: string[];
  revenue: MoneyTotals;
  marketingRevenue: MoneyTotals;
}

/** By year: how many new clients (and how much of the year's revenue) came from marketing. */
export function marketingOriginatedByYear(
  links: readonly ClientActivityLink[],
  projects: readonly InsightProject[],
): OriginatedYear[] {
  const fromMarketing = new Set(links.map((link) => link.clientId));
  const years = new Map<number, OriginatedYear>();
  const yearEntry = (year: number) => {
    let entry = years.get(year);
    if (!entry) {
      entry = { year, newClientIds: [], marketingClientIds: [], revenue: {}, marketingRevenue: {} };
      years.set(year, entry);
    }
    return entry;
  };
  for (const [clientId, list] of businessByClient(projects)) {
    const first = yearEntry(Number((list[0] as InsightProject).date.slice(0, 4)));
    first.newClientIds.push(clientId);
    if (fromMarketing.has(clientId)) first.marketingClientIds.push(clientId);
    for (const project of list) {
      const entry = yearEntry(Number(project.date.slice(0, 4)));
      addProjectRevenue(entry.revenue, project);
      if (fromMarketing.has(clientId)) addProjectRevenue(entry.marketingRevenue, project);
    }
  }
  return [...years.values()].sort((a, b) => a.year - b.year);
}
