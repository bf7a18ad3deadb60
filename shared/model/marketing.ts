import type { Money } from '../money/money';

export const marketingChannels = [
  'webinar',
  'speaking',
  'workshop',
  'newsletter',
  'content',
  'social',
  'networking',
  'referral',
  'advertising',
  'press',
  'directory',
  'award',
  'sponsorship',
  'other',
] as const;
export type MarketingChannel = (typeof marketingChannels)[number];

export const marketingChannelLabels: Record<MarketingChannel, string> = {
  webinar: 'Webinar',
  speaking: 'Speaking',
  workshop: 'Workshop',
  newsletter: 'Newsletter',
  content: 'Blog or content',
  social: 'Social media',
  networking: 'Networking group',
  referral: 'Referral',
  advertising: 'Advertising',
  press: 'Press release',
  directory: 'Directory listing',
  award: 'Award',
  sponsorship: 'Sponsorship or donation',
  other: 'Other',
};

export const marketingObjectives = [
  'awareness',
  'perception',
  'new-clients',
  'repeat-business',
  'bigger-projects',
  'referrals',
] as const;
export type MarketingObjective = (typeof marketingObjectives)[number];

export const marketingObjectiveLabels: Record<MarketingObjective, string> = {
  awareness: 'Awareness',
  perception: 'Perception',
  'new-clients': 'Behaviour: new clients',
  'repeat-business': 'Behaviour: repeat business',
  'bigger-projects': 'Behaviour: bigger projects',
  referrals: 'Behaviour: referrals',
};

export const trackingMechanisms = ['', 'code', 'registration', 'answer'] as const;
export type TrackingMechanism = (typeof trackingMechanisms)[number];

export const trackingMechanismLabels: Record<TrackingMechanism, string> = {
  '': 'None',
  code: 'A code (discount or campaign code)',
  registration: 'A registration list',
  answer: '"How did you hear about us" answer',
};

export const reachMeasures = ['subscribers', 'registrations', 'attendees', 'stories', 'impressions'] as const;
export type ReachMeasure = (typeof reachMeasures)[number];

export const reachMeasureLabels: Record<ReachMeasure, string> = {
  subscribers: 'Subscribers',
  registrations: 'Registrations',
  attendees: 'Attendees',
  stories: 'Media stories',
  impressions: 'Impressions',
};

/** One line of money spent on an activity ("Venue hire", 450.00 EUR). */
interface SpendItem {
  label: string;
  amount: Money;
}

/** A reach figure on a day: how many subscribers, attendees... the activity had by then. */
interface ReachFigure {
  date: string;
  measure: ReachMeasure;
  count: number;
}

/** What the user edits about a marketing activity. */
export interface MarketingActivityDetails {
  name: string;
  channel: MarketingChannel;
  objective: MarketingObjective;
  /** ISO dates; endDate '' while it runs on. */
  startDate: string;
  endDate: string;
  spend: SpendItem[];
  hours: number;
  tracking: TrackingMechanism;
  /** The code, list name or answer the tracking looks for. */
  trackingDetail: string;
  reach: ReachFigure[];
  notes: string;
}

export interface MarketingActivity extends MarketingActivityDetails {
  id: string;
  /** Set on sample activities, so removing the sample data removes them too. */
  importBatchId?: string;
  createdAt: string;
  updatedAt: string;
}

/**
 * Where a client came from: an activity, or only a channel when no single activity is known.
 * One per client, so its id is the client's id.
 */
export interface ClientActivityLink {
  id: string;
  clientId: string;
  /** '' when only the channel is known. */
  activityId: string;
  channel: MarketingChannel;
  createdAt: string;
  updatedAt: string;
}
