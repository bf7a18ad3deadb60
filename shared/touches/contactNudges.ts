import { addDays } from '../dates/days';
import { contactedRecently } from './lastContacted';

export type NudgeReason = 'lapsed' | 'due' | 'verify';

/**
 * Whether a recent contact makes a "who to contact" nudge pointless: a client you called last
 * week is not nagged about.
 * - Win back and check details: any contact in the last few months (recentContactMonths, as
 *   the lapsed badge) shows the relationship and the contact details are alive.
 * - Due to buy: a contact since the nudge came up (the lead weeks before the expected purchase)
 *   means you have already asked.
 * `lastContactedOn` is the client's latest contact date ('' or undefined when never).
 */
export function recentContactCoversNudge(
  reason: NudgeReason,
  lastContactedOn: string | undefined,
  options: { today: string; expectedOn?: string; dueToBuyLeadWeeks?: number },
): boolean {
  if (!lastContactedOn) return false;
  if (reason !== 'due') return contactedRecently(lastContactedOn, options.today);
  const expectedOn = options.expectedOn ?? options.today;
  return lastContactedOn >= addDays(expectedOn, -(options.dueToBuyLeadWeeks ?? 0) * 7);
}
