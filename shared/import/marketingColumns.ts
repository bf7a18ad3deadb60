import { type MarketingChannel, marketingChannelLabels, marketingChannels } from '../model/marketing';
import { foldForMatching } from '../text/normalize';
import type { ImportProblem } from './types';

/**
 * Rules for the two marketing columns of an import: a source channel ("LinkedIn", "Referral")
 * matched to the app's channels, and a campaign matched by name to the user's activities.
 */

const key = (text: string) =>
  foldForMatching(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Words people write in a "Source" or "How did you hear" column, by the channel they mean. */
const channelSynonyms: Record<MarketingChannel, string[]> = {
  webinar: ['webinars', 'online seminar', 'web seminar'],
  speaking: ['talk', 'keynote', 'conference', 'conference talk', 'speech', 'panel', 'presentation'],
  workshop: ['workshops', 'training', 'course', 'masterclass'],
  newsletter: ['email', 'e mail', 'mailing', 'mailing list', 'email marketing', 'email campaign'],
  content: [
    'blog',
    'article',
    'content',
    'podcast',
    'video',
    'youtube',
    'website',
    'seo',
    'google',
    'search',
    'organic search',
    'web',
    'book',
  ],
  social: [
    'social',
    'linkedin',
    'facebook',
    'instagram',
    'twitter',
    'x',
    'tiktok',
    'mastodon',
    'bluesky',
    'social network',
  ],
  networking: ['networking', 'network', 'meetup', 'chamber of commerce', 'bni', 'business club', 'event'],
  referral: [
    'referral',
    'referred',
    'recommendation',
    'word of mouth',
    'friend',
    'client referral',
    'referral partner',
  ],
  advertising: [
    'ad',
    'ads',
    'advert',
    'advertisement',
    'google ads',
    'adwords',
    'paid search',
    'paid social',
    'ppc',
    'facebook ads',
    'linkedin ads',
  ],
  press: ['press', 'press release', 'media', 'newspaper', 'magazine', 'radio', 'tv', 'interview'],
  directory: [
    'directory',
    'listing',
    'yellow pages',
    'yelp',
    'google maps',
    'google business',
    'marketplace',
  ],
  award: ['awards', 'prize', 'competition'],
  sponsorship: ['sponsor', 'sponsored', 'sponsoring', 'donation', 'charity'],
  other: ['other', 'misc', 'unknown'],
};

const channelWords = new Map<string, MarketingChannel>();
for (const channel of marketingChannels) {
  for (const word of channelSynonyms[channel]) channelWords.set(key(word), channel);
  channelWords.set(key(channel), channel);
  channelWords.set(key(marketingChannelLabels[channel]), channel);
}

/** The marketing channel a cell names, case and accents aside, or '' when it names none. */
export function parseMarketingChannel(text: string): MarketingChannel | '' {
  return channelWords.get(key(text)) ?? '';
}

/** Activity names compare without case, accents or punctuation: "Spring Fair" is "spring fair". */
export function activityNameKey(name: string): string {
  return key(name);
}

/** What a row's marketing columns said, once the channel is read. */
export interface ImportedMarketing {
  /** '' when the row has no channel column or its value named none. */
  channel: MarketingChannel | '';
  /** The campaign as written, with its column, or null when the row has none. */
  activity: { name: string; field: string } | null;
}

interface KnownActivity {
  id: string;
  name: string;
  channel: MarketingChannel;
}

/** An activity the import creates because rows name it and the book has none by that name. */
interface MissingActivity {
  name: string;
  /** The first channel given beside it in the file, else 'other'. */
  channel: MarketingChannel;
  rows: number[];
}

export interface MarketingMatch {
  /** One warning per row naming an activity the book does not have. */
  problems: ImportProblem[];
  missing: MissingActivity[];
}

/**
 * Finds the campaigns named in the file that are not among the user's activities. They are not
 * dropped: the import creates them (undoing the import removes them again), and the preview
 * lists each row that names one so a misspelt campaign is seen before it is created.
 */
export function matchImportedActivities(
  rows: readonly { row: number; marketing?: ImportedMarketing | undefined }[],
  activities: readonly KnownActivity[],
): MarketingMatch {
  const known = new Set(activities.map((activity) => activityNameKey(activity.name)));
  const missing = new Map<string, MissingActivity>();
  const problems: ImportProblem[] = [];
  for (const { row, marketing } of rows) {
    const activity = marketing?.activity;
    if (!activity) continue;
    const nameKey = activityNameKey(activity.name);
    if (known.has(nameKey)) continue;
    const entry = missing.get(nameKey) ?? { name: activity.name, channel: 'other', rows: [] };
    if (entry.channel === 'other' && marketing.channel) entry.channel = marketing.channel;
    entry.rows.push(row);
    missing.set(nameKey, entry);
    problems.push({
      row,
      field: activity.field,
      message: `"${activity.name}" is not one of your marketing activities.`,
      severity: 'warning',
      value: activity.name,
      outcome: 'Imported; the activity is created with the import (undo removes it)',
    });
  }
  return { problems, missing: [...missing.values()] };
}

/**
 * Where an imported client came from: the named activity (its own channel unless the row gave
 * one), else the channel alone; null when the row says neither.
 */
export function importedSourceLink(
  marketing: ImportedMarketing | undefined,
  activityIdByKey: ReadonlyMap<string, { id: string; channel: MarketingChannel }>,
): { activityId: string; channel: MarketingChannel } | null {
  if (!marketing) return null;
  const activity = marketing.activity
    ? activityIdByKey.get(activityNameKey(marketing.activity.name))
    : undefined;
  if (activity) return { activityId: activity.id, channel: marketing.channel || activity.channel };
  return marketing.channel ? { activityId: '', channel: marketing.channel } : null;
}
