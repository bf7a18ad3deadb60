import { addMonths } from '../dates/isoDate';
import type { Client } from '../model/client';
import type { Settings } from '../model/settings';
import { contactedRecently } from '../touches/lastContacted';

export interface ClientBadges {
  /** At least the configured number of completed projects. */
  repeat: boolean;
  /**
   * Has done business, but nothing for the configured number of months, nothing under way,
   * and no recent contact (a client called last week needs no nudge).
   */
  lapsed: boolean;
  /** Details never verified, or not for the configured number of months. */
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

export function clientBadges(
  client: Pick<
    Client,
    'completedProjectCount' | 'activeProjectCount' | 'lastProjectDate' | 'verifiedOn' | 'lastContactedOn'
  >,
  settings: BadgeSettings,
  today: string,
): ClientBadges {
  const { lapsedBefore, staleBefore } = badgeCutoffs(settings, today);
  return {
    repeat: client.completedProjectCount >= settings.repeatMinCompletedProjects,
    lapsed:
      client.activeProjectCount === 0 &&
      client.lastProjectDate !== '' &&
      client.lastProjectDate < lapsedBefore &&
      !contactedRecently(client.lastContactedOn, today),
    stale: client.verifiedOn === '' || client.verifiedOn < staleBefore,
  };
}
