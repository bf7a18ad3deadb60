import { addMonths } from '../dates/isoDate';
import type { Client } from '../model/client';
import type { Settings } from '../model/settings';
import { contactedRecently } from '../touches/lastContacted';
import { checkDetailsTest } from './checkDetails';

export interface ClientBadges {
  /** At least the configured number of completed projects. */
  repeat: boolean;
  /**
   * Has done business, but nothing for the configured number of months, nothing under way,
   * and no recent contact (a client called last week needs no nudge).
   */
  lapsed: boolean;
  /** Details worth checking before writing to them: see checkDetailsTest. */
  stale: boolean;
}

type BadgeSettings = Pick<Settings, 'repeatMinCompletedProjects' | 'lapsedAfterMonths' | 'staleAfterMonths'>;

/** The cut-off dates the badges compare against, so lists can query them through indexes. */
export function badgeCutoffs(settings: BadgeSettings, today: string) {
  return {
    lapsedBefore: addMonths(today, -settings.lapsedAfterMonths),
    staleBefore: addMonths(today, -settings.staleAfterMonths),
  };
}

type BadgeCandidate = Pick<
  Client,
  | 'kind'
  | 'createdAt'
  | 'completedProjectCount'
  | 'activeProjectCount'
  | 'lastProjectDate'
  | 'verifiedOn'
  | 'lastContactedOn'
>;

/** `onCardList` says whether the client is on this year's holiday-card list; null when none. */
export function clientBadges<C extends BadgeCandidate>(
  client: C,
  settings: BadgeSettings,
  today: string,
  onCardList: ((client: C) => boolean) | null = null,
): ClientBadges {
  const { lapsedBefore } = badgeCutoffs(settings, today);
  return {
    repeat: client.completedProjectCount >= settings.repeatMinCompletedProjects,
    lapsed:
      client.activeProjectCount === 0 &&
      client.lastProjectDate !== '' &&
      client.lastProjectDate < lapsedBefore &&
      !contactedRecently(client.lastContactedOn, today),
    stale: checkDetailsTest(settings, today, onCardList)(client),
  };
}
