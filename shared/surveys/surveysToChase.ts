import type { SurveySending } from './model';
import { sendingDisplayStatus } from './sendingStatus';

/** A sent survey with no answer yet, as Home lists it. */
export interface SurveyToChase {
  /** Changes with the status, so a done "awaiting" entry comes back once a reminder is due. */
  key: string;
  sendingId: string;
  clientId: string;
  clientName: string;
  /** "Website redesign: sent 2026-10-01, 30 days ago, no answer yet." */
  detail: string;
  sentOn: string;
}

export interface SurveysToChase {
  /** Sent at least the reminder days ago: time to remind. Longest waiting first. */
  reminderDue: SurveyToChase[];
  /** Sent more recently: still waiting, nothing to do yet. Longest waiting first. */
  awaiting: SurveyToChase[];
}

function daysSince(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000);
}

/**
 * Splits the sendings into those due a reminder and those awaiting an answer, by the surveys
 * feature's own status rule. Drafts never went out, and answered or declined ones need nothing.
 */
export function surveysToChase(
  sendings: readonly SurveySending[],
  today: string,
  reminderAfterDays: number,
): SurveysToChase {
  const chase: SurveysToChase = { reminderDue: [], awaiting: [] };
  const sent = sendings
    .filter((sending) => sending.status === 'sent' && sending.sentOn !== '')
    .sort((a, b) => a.sentOn.localeCompare(b.sentOn) || a.id.localeCompare(b.id));
  for (const sending of sent) {
    const status = sendingDisplayStatus(sending, today, reminderAfterDays);
    const days = daysSince(sending.sentOn, today);
    const ago = days === 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`;
    const entry: SurveyToChase = {
      key: `survey-${status}:${sending.id}:${sending.sentOn}`,
      sendingId: sending.id,
      clientId: sending.clientId,
      clientName: sending.clientName,
      detail: `${sending.projectTitle}: sent ${sending.sentOn}, ${ago}, no answer yet.`,
      sentOn: sending.sentOn,
    };
    (status === 'reminderDue' ? chase.reminderDue : chase.awaiting).push(entry);
  }
  return chase;
}
