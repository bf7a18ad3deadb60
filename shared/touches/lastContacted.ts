import { addMonths } from '../dates/isoDate';
import type { Touch } from '../model/touch';

/**
 * A touch counts as contact with the client unless it is a quiet entry (an import filling in
 * details) or a private note the user wrote for themselves.
 */
export function countsAsContact(touch: Pick<Touch, 'quiet' | 'kind' | 'appEvent'>): boolean {
  if (touch.quiet) return false;
  return touch.kind !== 'note' || touch.appEvent !== undefined;
}

/**
 * The local date of the latest contact, or '' when there was none. Dates are the local dates
 * the user picked, so a call at 23:30 counts for that day wherever the clock of UTC stands.
 */
export function lastContactedOn(
  touches: readonly Pick<Touch, 'quiet' | 'kind' | 'appEvent' | 'date'>[],
): string {
  let latest = '';
  for (const touch of touches) {
    if (countsAsContact(touch) && touch.date > latest) latest = touch.date;
  }
  return latest;
}

/** A client contacted within this many months is not nagged about as lapsed. */
const recentContactMonths = 3;

/** True when the last contact is recent enough that the client needs no nudge. */
export function contactedRecently(lastContacted: string | undefined, today: string): boolean {
  return !!lastContacted && lastContacted >= addMonths(today, -recentContactMonths);
}

/** True for clients never contacted, or not since `months` months before today. */
export function notContactedSince(lastContacted: string | undefined, months: number, today: string): boolean {
  return !lastContacted || lastContacted < addMonths(today, -months);
}
