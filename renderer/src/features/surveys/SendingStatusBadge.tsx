import { formatIsoDate } from '@shared/dates/isoDate';
import type { SurveySending } from '@shared/surveys';
import { sendingDisplayStatus, sendingStatusDate, sendingStatusLabels } from '@shared/surveys';
import { useSettings } from '../../app/useSettings';
import { useToday } from '../../app/useToday';

/** "Sent 3 Nov 2026", "Reminder due", "Answered 20 Nov 2026"… */
export function SendingStatusBadge({ sending }: { sending: SurveySending }) {
  const settings = useSettings();
  const today = useToday();
  const status = sendingDisplayStatus(sending, today, settings.surveyReminderAfterDays);
  const date = sendingStatusDate(sending);
  return (
    <span className={`status survey-status survey-status--${status}`}>
      {sendingStatusLabels[status]}
      {date && status !== 'reminderDue' ? ` ${formatIsoDate(date)}` : ''}
    </span>
  );
}
