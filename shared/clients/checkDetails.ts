import { addMonths } from '../dates/isoDate';
import type { Client } from '../model/client';
import type { Settings } from '../model/settings';

export type CheckDetailsCandidate = Pick<
  Client,
  'kind' | 'activeProjectCount' | 'lastProjectDate' | 'verifiedOn' | 'createdAt'
>;

export type CheckDetailsSettings = Pick<Settings, 'lapsedAfterMonths' | 'staleAfterMonths'>;

/**
 * The "Check details" rule, as a test made once per list: a business or government client with
 * no business for the lapsed threshold (two years by default) whose contact was not verified
 * in that time (is the person still there, same job?), and anyone on this year's holiday-card
 * list whose address was not verified within the stale threshold (12 months by default).
 * A client never verified counts as verified when they were entered.
 */
export function checkDetailsTest<C extends CheckDetailsCandidate>(
  settings: CheckDetailsSettings,
  today: string,
  onCardList: ((client: C) => boolean) | null,
): (client: C) => boolean {
  const quietBefore = addMonths(today, -settings.lapsedAfterMonths);
  const cardAddressBefore = addMonths(today, -settings.staleAfterMonths);
  return (client) => {
    const checkedOn = client.verifiedOn || client.createdAt.slice(0, 10);
    if (client.kind !== 'b2c' && client.activeProjectCount === 0) {
      const lastBusiness = client.lastProjectDate || client.createdAt.slice(0, 10);
      if (lastBusiness < quietBefore && checkedOn < quietBefore) return true;
    }
    return onCardList !== null && checkedOn < cardAddressBefore && onCardList(client);
  };
}
