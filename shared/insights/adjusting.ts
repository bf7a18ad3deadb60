import { addMonths } from '../dates/isoDate';
import type { MarketingActivity } from '../model/marketing';
import { addProjectRevenue, type InsightProject, isDatedBusiness, type MoneyTotals } from './book';
import type { ActivityAssessment } from './marketing';

export type Advice = 'do more' | 'do less' | 'too early to judge' | 'too few clients to judge';

export interface AdviceOptions {
  today: string;
  /** An activity younger than this cannot be judged yet: clients take time to buy. */
  judgeAfterMonths: number;
  minClients: number;
  homeCurrency: string;
}

/**
 * Plain words for an activity: too early while it is young, too few clients under the minimum,
 * then "do more" when revenue beat cost (or it cost nothing) and "do less" when it did not.
 */
export function adviceFor(
  activity: Pick<MarketingActivity, 'startDate'>,
  assessment: ActivityAssessment,
  options: AdviceOptions,
): Advice {
  if (activity.startDate === '' || addMonths(activity.startDate, options.judgeAfterMonths) > options.today)
    return 'too early to judge';
  if (assessment.clientIds.length < options.minClients) return 'too few clients to judge';
  const roi = headlineRoi(assessment, options.homeCurrency);
  return roi === null || roi > 0 ? 'do more' : 'do less';
}

/** The ROI to rank by: in the home currency if spent in it, else in the first currency spent. */
export function headlineRoi(
  assessment: Pick<ActivityAssessment, 'roi'>,
  homeCurrency: string,
): number | null {
  if (homeCurrency in assessment.roi) return assessment.roi[homeCurrency] ?? null;
  const first = Object.keys(assessment.roi).sort()[0];
  return first === undefined ? null : (assessment.roi[first] ?? null);
}

/** Activities ranked by ROI, highest first; free ones (no cost) rank above, too few clients below. */
export function rankByRoi<T extends ActivityAssessment>(
  assessments: readonly T[],
  homeCurrency: string,
): T[] {
  const score = (assessment: T) => {
    const roi = headlineRoi(assessment, homeCurrency);
    return roi === null ? Number.POSITIVE_INFINITY : roi;
  };
  return [...assessments].sort((a, b) => score(b) - score(a) || b.clientIds.length - a.clientIds.length);
}

export interface BeforeAfter {
  before: MoneyTotals;
  after: MoneyTotals;
  months: number;
}

/** Revenue (all clients) in the `months` before an activity started and the `months` from its start. */
export function revenueBeforeAfter(
  projects: readonly InsightProject[],
  startDate: string,
  months: number,
): BeforeAfter {
  const from = addMonths(startDate, -months);
  const to = addMonths(startDate, months);
  const result: BeforeAfter = { before: {}, after: {}, months };
  for (const project of projects) {
    if (!isDatedBusiness(project) || project.date < from || project.date >= to) continue;
    addProjectRevenue(project.date < startDate ? result.before : result.after, project);
  }
  return result;
}
