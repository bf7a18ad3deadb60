import {
  addProjectRevenue,
  businessByClient,
  type InsightProject,
  isDatedBusiness,
  type MoneyTotals,
} from './book';

export interface ServiceYearCell {
  serviceTypeId: string;
  year: number;
  projectCount: number;
  revenue: MoneyTotals;
  clientIds: string[];
}

/** Revenue and project count per service type per year ('' = no service type set). */
export function servicesByYear(projects: readonly InsightProject[]): ServiceYearCell[] {
  const cells = new Map<string, ServiceYearCell & { seen: Set<string> }>();
  for (const project of projects) {
    if (!isDatedBusiness(project)) continue;
    const year = Number(project.date.slice(0, 4));
    const key = `${project.serviceTypeId}|${year}`;
    let cell = cells.get(key);
    if (!cell) {
      cell = {
        serviceTypeId: project.serviceTypeId,
        year,
        projectCount: 0,
        revenue: {},
        clientIds: [],
        seen: new Set(),
      };
      cells.set(key, cell);
    }
    cell.projectCount += 1;
    addProjectRevenue(cell.revenue, project);
    if (!cell.seen.has(project.clientId)) {
      cell.seen.add(project.clientId);
      cell.clientIds.push(project.clientId);
    }
  }
  return [...cells.values()]
    .map(({ seen: _seen, ...cell }) => cell)
    .sort((a, b) => a.year - b.year || a.serviceTypeId.localeCompare(b.serviceTypeId));
}

export interface NextService {
  serviceTypeId: string;
  /** How many times a client bought this service at all, and then something next. */
  boughtCount: number;
  /** The service most often bought next by the same client, or '' when none followed. */
  nextServiceTypeId: string;
  nextCount: number;
  /** The clients who bought `nextServiceTypeId` right after this one. */
  clientIds: string[];
}

/** For each service, the service clients most often bought next (the same client's following project). */
export function nextServiceAfter(projects: readonly InsightProject[]): NextService[] {
  const follow = new Map<string, Map<string, Set<string>>>();
  const bought = new Map<string, number>();
  for (const [clientId, list] of businessByClient(projects)) {
    list.forEach((project, index) => {
      if (project.serviceTypeId === '') return;
      bought.set(project.serviceTypeId, (bought.get(project.serviceTypeId) ?? 0) + 1);
      const next = list.slice(index + 1).find((later) => later.serviceTypeId !== '');
      if (!next) return;
      const nextCounts = follow.get(project.serviceTypeId) ?? new Map<string, Set<string>>();
      follow.set(project.serviceTypeId, nextCounts);
      const clients = nextCounts.get(next.serviceTypeId) ?? new Set<string>();
      nextCounts.set(next.serviceTypeId, clients);
      clients.add(clientId);
    });
  }
  return [...bought.entries()]
    .map(([serviceTypeId, boughtCount]) => {
      let best: [string, Set<string>] | undefined;
      for (const entry of follow.get(serviceTypeId) ?? []) {
        if (!best || entry[1].size > best[1].size || (entry[1].size === best[1].size && entry[0] < best[0]))
          best = entry;
      }
      return {
        serviceTypeId,
        boughtCount,
        nextServiceTypeId: best?.[0] ?? '',
        nextCount: best?.[1].size ?? 0,
        clientIds: best ? [...best[1]] : [],
      };
    })
    .sort((a, b) => b.boughtCount - a.boughtCount || a.serviceTypeId.localeCompare(b.serviceTypeId));
}

export interface SeasonCell {
  year: number;
  /** 1–12. */
  month: number;
  projectCount: number;
  revenue: MoneyTotals;
  clientIds: string[];
}

/** Projects and revenue per month of each year (a month × year grid), optionally for one service type. */
export function seasonality(projects: readonly InsightProject[], serviceTypeId?: string): SeasonCell[] {
  const cells = new Map<number, SeasonCell & { seen: Set<string> }>();
  for (const project of projects) {
    if (!isDatedBusiness(project)) continue;
    if (serviceTypeId !== undefined && project.serviceTypeId !== serviceTypeId) continue;
    const year = Number(project.date.slice(0, 4));
    const month = Number(project.date.slice(5, 7));
    const key = year * 12 + month;
    let cell = cells.get(key);
    if (!cell) {
      cell = { year, month, projectCount: 0, revenue: {}, clientIds: [], seen: new Set() };
      cells.set(key, cell);
    }
    cell.projectCount += 1;
    addProjectRevenue(cell.revenue, project);
    if (!cell.seen.has(project.clientId)) {
      cell.seen.add(project.clientId);
      cell.clientIds.push(project.clientId);
    }
  }
  return [...cells.values()]
    .map(({ seen: _seen, ...cell }) => cell)
    .sort((a, b) => a.year - b.year || a.month - b.month);
}

export interface MonthOfYear {
  /** 1–12. */
  month: number;
  projectCount: number;
  /** Each client once, whichever years they bought in that month. */
  clientIds: string[];
}

/** Month-of-year cells added up over all years: the seasonality chart's twelve bars. */
export function monthsOfYear(cells: readonly SeasonCell[]): MonthOfYear[] {
  const months = Array.from({ length: 12 }, (_, index) => ({
    month: index + 1,
    projectCount: 0,
    clients: new Set<string>(),
  }));
  for (const cell of cells) {
    const month = months[cell.month - 1];
    if (!month) continue;
    month.projectCount += cell.projectCount;
    for (const id of cell.clientIds) month.clients.add(id);
  }
  return months.map(({ clients, ...month }) => ({ ...month, clientIds: [...clients] }));
}
