import { addDays } from '../dates/days';
import type { FollowUp, Touch } from '../model/touch';

export type FollowUpState = 'done' | 'snoozed' | 'overdue' | 'due' | 'upcoming';

export const followUpStateLabels: Record<FollowUpState, string> = {
  done: 'Done',
  snoozed: 'Snoozed',
  overdue: 'Overdue',
  due: 'Due today',
  upcoming: 'Upcoming',
};

/** The date an open follow-up next needs attention: the end of its snooze, else its due date. */
function followUpAttentionDate(followUp: FollowUp): string {
  return followUp.snoozedUntil || followUp.dueOn;
}

/**
 * Where a follow-up stands today. A snooze hides it until the snooze date, which it is then
 * due on; after that it is overdue like any other.
 */
export function followUpState(followUp: FollowUp, today: string): FollowUpState {
  if (followUp.doneOn) return 'done';
  if (followUp.snoozedUntil && followUp.snoozedUntil > today) return 'snoozed';
  const date = followUpAttentionDate(followUp);
  if (date < today) return 'overdue';
  if (date === today) return 'due';
  return 'upcoming';
}

/** True for follow-ups that belong on today's list: due today or overdue. */
export function needsAttention(followUp: FollowUp, today: string): boolean {
  const state = followUpState(followUp, today);
  return state === 'due' || state === 'overdue';
}

export function newFollowUp(dueOn: string, action: string): FollowUp {
  return { dueOn, action: action.trim(), snoozedUntil: '', doneOn: '' };
}

export function completeFollowUp(followUp: FollowUp, today: string): FollowUp {
  return { ...followUp, doneOn: today };
}

/** Puts a follow-up out of sight until `until`, keeping its due date for the record. */
export function snoozeFollowUp(followUp: FollowUp, until: string): FollowUp {
  return { ...followUp, snoozedUntil: until, doneOn: '' };
}

/** Moves the due date itself; any snooze is over. */
export function rescheduleFollowUp(followUp: FollowUp, dueOn: string): FollowUp {
  return { ...followUp, dueOn, snoozedUntil: '', doneOn: '' };
}

export type SnoozeChoice = 'day' | 'week';

export function snoozeDate(choice: SnoozeChoice, today: string): string {
  return addDays(today, choice === 'day' ? 1 : 7);
}

/** The follow-up index key a touch is stored with: absent unless it has an open follow-up. */
export function followUpIndexKey(touch: Pick<Touch, 'followUp'>): string | undefined {
  if (!touch.followUp || touch.followUp.doneOn) return undefined;
  return followUpAttentionDate(touch.followUp);
}

/** What is wrong with a snooze or reschedule date, or '' when it is fine. */
export function followUpDateError(date: string, today: string, what: 'snooze' | 'reschedule'): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return 'Pick a date.';
  if (what === 'snooze' && date <= today) return 'Snooze until a day after today.';
  return '';
}
