import { addDays } from '@shared/dates/days';
import type { Touch, TouchDetails, TouchKind } from '@shared/model/touch';
import { newFollowUp } from '@shared/touches/followUps';

/** The touch form as typed: the follow-up is a checkbox with a date and an action. */
export interface TouchDraft {
  clientId: string;
  kind: TouchKind;
  date: string;
  personId: string;
  summary: string;
  notes: string;
  withFollowUp: boolean;
  followUpOn: string;
  followUpAction: string;
}

export function newTouchDraft(preset: Partial<TouchDetails>, today: string): TouchDraft {
  return {
    clientId: preset.clientId ?? '',
    kind: preset.kind ?? 'call',
    date: preset.date ?? today,
    personId: preset.personId ?? '',
    summary: preset.summary ?? '',
    notes: preset.notes ?? '',
    withFollowUp: !!preset.followUp,
    followUpOn: preset.followUp?.dueOn ?? addDays(today, 7),
    followUpAction: preset.followUp?.action ?? '',
  };
}

/** The details to store; an edited touch keeps its follow-up's snooze and done state. */
export function touchDetailsOf(draft: TouchDraft, existing?: Touch): TouchDetails {
  const kept = existing?.followUp;
  const followUp = !draft.withFollowUp
    ? null
    : kept && kept.dueOn === draft.followUpOn
      ? { ...kept, action: draft.followUpAction.trim() }
      : newFollowUp(draft.followUpOn, draft.followUpAction);
  return {
    clientId: draft.clientId,
    kind: draft.kind,
    date: draft.date,
    personId: draft.personId,
    summary: draft.summary.trim(),
    notes: draft.notes.trim(),
    followUp,
  };
}
