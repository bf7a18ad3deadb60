import { formatIsoDate } from '@shared/dates/isoDate';
import type { FollowUp } from '@shared/model/touch';
import { followUpState, followUpStateLabels } from '@shared/touches/followUps';

/** "Overdue since 3 Nov", "Due today", "Snoozed until 9 Dec", "Done on 2 Dec". */
export function FollowUpStateLabel({ followUp, today }: { followUp: FollowUp; today: string }) {
  const state = followUpState(followUp, today);
  const date =
    state === 'done'
      ? ` on ${formatIsoDate(followUp.doneOn)}`
      : state === 'snoozed'
        ? ` until ${formatIsoDate(followUp.snoozedUntil)}`
        : state === 'overdue'
          ? ` since ${formatIsoDate(followUp.snoozedUntil || followUp.dueOn)}`
          : state === 'upcoming'
            ? `: ${formatIsoDate(followUp.dueOn)}`
            : '';
  return (
    <span className={`follow-up-state follow-up-state--${state}`}>{followUpStateLabels[state] + date}</span>
  );
}
