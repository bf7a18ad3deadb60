import { daysInMonth } from '../dates/isoDate';
import { addProjectRevenue, businessByClient, type InsightProject, type MoneyTotals } from './book';

interface PeriodFigures {
  from: string;
  to: string;
  revenue: MoneyTotals;
  /** Revenue from clients who were repeat clients by the end of the period. */
  repeatRevenue: MoneyTotals;
  activeClientIds: string[];
  newClientIds: string[];
}

export interface HeadlineFigures {
  thisYear: PeriodFigures;
  /** The same stretch of last year (1 January to the same day), to compare against. */
  lastYear: PeriodFigures;
}

/** The same day a year earlier; 29 February becomes 28 February. */
export function sameDayLastYear(today: string): string {
  const year = Number(today.slice(0, 4)) - 1;
  const month = Number(today.slice(5, 7));
  const day = Math.min(Number(today.slice(8, 10)), daysInMonth(year, month));
  return `${year}-${today.slice(5, 7)}-${String(day).padStart(2, '0')}`;
}

/** Revenue, active clients, repeat share and new clients this year so far against the same part of last year. */
export function headlineFigures(
  projects: readonly InsightProject[],
  options: { today: string; repeatMinCompletedProjects: number },
): HeadlineFigures {
  const lastYearDay = sameDayLastYear(options.today);
  const byClient = businessByClient(projects);
  return {
    thisYear: periodFigures(
      byClient,
      `${options.today.slice(0, 4)}-01-01`,
      options.today,
      options.repeatMinCompletedProjects,
    ),
    lastYear: periodFigures(
      byClient,
      `${lastYearDay.slice(0, 4)}-01-01`,
      lastYearDay,
      options.repeatMinCompletedProjects,
    ),
  };
}

function periodFigures(
  byClient: ReadonlyMap<string, InsightProject[]>,
  from: string,
  to: string,
  repeatMin: number,
): PeriodFigures {
  const figures: PeriodFigures = {
    from,
    to,
    revenue: {},
    repeatRevenue: {},
    activeClientIds: [],
    newClientIds: [],
  };
  for (const [clientId, list] of byClient) {
    const inPeriod = list.filter((project) => project.date >= from && project.date <= to);
    if (inPeriod.length === 0) continue;
    figures.activeClientIds.push(clientId);
    if ((list[0] as InsightProject).date >= from) figures.newClientIds.push(clientId);
    const completedByEnd = list.filter(
      (project) => project.status === 'completed' && project.date <= to,
    ).length;
    for (const project of inPeriod) {
      addProjectRevenue(figures.revenue, project);
      if (completedByEnd >= repeatMin) addProjectRevenue(figures.repeatRevenue, project);
    }
  }
  return figures;
}

/** The change from last year's figure to this year's as a fraction (0.25 = up 25 %), or null from nothing. */
export function changeFrom(lastYear: number, thisYear: number): number | null {
  return lastYear === 0 ? null : (thisYear - lastYear) / lastYear;
}
