import type { MarketingActivity } from '../../model/marketing';
import { type Advice, adviceFor, type BeforeAfter, rankByRoi, revenueBeforeAfter } from '../adjusting';
import type { InsightsBook } from '../book';
import {
  type ActivityAssessment,
  assessActivities,
  assessChannels,
  type ChannelAssessment,
  marketingOriginatedByYear,
  type OriginatedYear,
} from '../marketing';
import { type FreeTextSource, repeatedFreeTextSources, untracedClientIds } from '../tracing';

export interface MarketingFiguresOptions {
  today: string;
  homeCurrency: string;
  /** Revenue counts this many months after a client's first project. */
  windowMonths: number;
  judgeAfterMonths: number;
  /** What an hour is worth in the home currency, minor units; 0 leaves time out of the cost. */
  hourValueMinor: number;
}

export interface AssessedActivity {
  activity: MarketingActivity;
  assessment: ActivityAssessment;
  advice: Advice;
  beforeAfter: BeforeAfter | null;
}

export interface RepeatedSource extends FreeTextSource {
  /** The day the first of its clients was entered: the new activity's start. */
  firstSeen: string;
}

/** The marketing screen's figures. */
export interface MarketingFigures {
  /** Ranked by ROI, highest first. */
  activities: AssessedActivity[];
  /** Most clients brought first. */
  channels: ChannelAssessment[];
  originated: (OriginatedYear & { otherNewClientIds: string[] })[];
  repeatedSources: RepeatedSource[];
  untracedCount: number;
}

/** Under this many clients an activity's figures say too little to judge it. */
export const minClientsToJudge = 3;
/** Months either side of an activity's start compared in "revenue before and after". */
const beforeAfterMonths = 6;

export function marketingFigures(book: InsightsBook, options: MarketingFiguresOptions): MarketingFigures {
  const assessOptions = {
    today: options.today,
    windowMonths: options.windowMonths,
    hourValue:
      options.hourValueMinor > 0
        ? { amountMinor: options.hourValueMinor, currency: options.homeCurrency }
        : null,
  };
  const byId = new Map(book.activities.map((activity) => [activity.id, activity]));
  const assessed = assessActivities(book.activities, book.links, book.projects, assessOptions);
  const activities = rankByRoi(assessed, options.homeCurrency).map((assessment) => {
    const activity = byId.get(assessment.activityId) as MarketingActivity;
    return {
      activity,
      assessment,
      advice: adviceFor(activity, assessment, {
        today: options.today,
        judgeAfterMonths: options.judgeAfterMonths,
        minClients: minClientsToJudge,
        homeCurrency: options.homeCurrency,
      }),
      beforeAfter: activity.startDate
        ? revenueBeforeAfter(book.projects, activity.startDate, beforeAfterMonths)
        : null,
    };
  });
  const createdOn = new Map(book.clients.map((client) => [client.id, client.createdAt]));
  const repeatedSources = repeatedFreeTextSources(book.clients, book.links).map((source) => ({
    ...source,
    firstSeen: source.clientIds.map((id) => createdOn.get(id) ?? options.today).sort()[0] ?? options.today,
  }));
  return {
    activities,
    channels: assessChannels(book.activities, book.links, book.projects, assessOptions).sort(
      (a, b) => b.clientIds.length - a.clientIds.length,
    ),
    originated: marketingOriginatedByYear(book.links, book.projects).map((year) => {
      const marketing = new Set(year.marketingClientIds);
      return { ...year, otherNewClientIds: year.newClientIds.filter((id) => !marketing.has(id)) };
    }),
    repeatedSources,
    untracedCount: untracedClientIds(book.clients, book.links).length,
  };
}
