import type { SendingDisplayStatus, SurveySending } from './model';

function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000);
}

/** A sent survey with no answer after `reminderAfterDays` days is due a reminder. */
export function sendingDisplayStatus(
  sending: Pick<SurveySending, 'status' | 'sentOn'>,
  today: string,
  reminderAfterDays: number,
): SendingDisplayStatus {
  if (sending.status !== 'sent' || sending.sentOn === '') return sending.status;
  return daysBetween(sending.sentOn, today) >= reminderAfterDays ? 'reminderDue' : 'sent';
}

/** The date that goes with a status, for "Sent 2026-11-03". */
export function sendingStatusDate(sending: SurveySending): string {
  if (sending.status === 'answered') return sending.answeredOn;
  if (sending.status === 'declined') return sending.declinedOn;
  return sending.sentOn;
}
