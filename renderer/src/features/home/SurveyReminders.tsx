import { isDismissed } from '@shared/insights';
import { type SurveyToChase, surveysToChase } from '@shared/surveys';
import { useId, useMemo, useState } from 'react';
import { Link } from 'wouter';
import { useSettings } from '../../app/useSettings';
import { useToday } from '../../app/useToday';
import { useHomeDismissals } from '../../db/hooks/homeHooks';
import { useSentSurveysAwaitingAnswer } from '../../db/hooks/surveyHooks';
import { markDone, ReminderRow, SnoozeSelect, snoozeFor } from './ReminderRow';

const shownAtOnce = 8;
const snoozeChoices = [3, 7, 14, 30];

/**
 * Surveys sent and not answered: those due a reminder first, those still within the reminder
 * days below them, quieter. Hidden while there are none, like the other lists from small tables.
 */
export function SurveyReminders() {
  const headingId = useId();
  const snoozeId = useId();
  const today = useToday();
  const { surveyReminderAfterDays } = useSettings();
  const sendings = useSentSurveysAwaitingAnswer();
  const dismissals = useHomeDismissals();
  const [snoozeDays, setSnoozeDays] = useState(7);
  const chase = useMemo(() => {
    if (!sendings || !dismissals) return null;
    const dismissed = new Map(dismissals.map((row) => [row.id, row]));
    const { reminderDue, awaiting } = surveysToChase(sendings, today, surveyReminderAfterDays);
    const shown = (list: SurveyToChase[]) =>
      list.filter((entry) => !isDismissed(entry.key, dismissed, today));
    return { reminderDue: shown(reminderDue), awaiting: shown(awaiting) };
  }, [sendings, dismissals, today, surveyReminderAfterDays]);
  if (!chase || chase.reminderDue.length + chase.awaiting.length === 0) return null;

  const list = (entries: SurveyToChase[]) => (
    <ul className="contact-list">
      {entries.slice(0, shownAtOnce).map((entry) => (
        <ReminderRow
          key={entry.key}
          title={
            <Link href={`/surveys/sendings/${entry.sendingId}`} className="contact-list__name">
              Survey for {entry.clientName}
            </Link>
          }
          detail={
            <>
              {entry.detail} <Link href={`/clients/${entry.clientId}`}>Open {entry.clientName}</Link>
            </>
          }
          subject={`the survey for ${entry.clientName}`}
          snoozeDays={snoozeDays}
          onDone={() => markDone(entry.key, `Marked ${entry.clientName}'s survey done.`)}
          onSnooze={() =>
            snoozeFor(
              entry.key,
              snoozeDays,
              today,
              `Snoozed ${entry.clientName}'s survey for ${snoozeDays} days.`,
            )
          }
        />
      ))}
    </ul>
  );

  return (
    <section className="card contact-section" aria-labelledby={headingId}>
      <div className="contact-section__header">
        <h2 id={headingId}>
          Survey reminders <span className="muted">({chase.reminderDue.length.toLocaleString()})</span>
        </h2>
        <SnoozeSelect id={snoozeId} days={snoozeDays} choices={snoozeChoices} onChange={setSnoozeDays} />
      </div>
      <p className="muted">
        Surveys sent {surveyReminderAfterDays} or more days ago with no answer yet: a short reminder often
        brings the answer in.
      </p>
      {chase.reminderDue.length === 0 ? <p>No survey is due a reminder.</p> : list(chase.reminderDue)}
      {chase.awaiting.length > 0 && (
        <details className="survey-reminders__awaiting">
          <summary>
            Awaiting an answer, sent within {surveyReminderAfterDays} days (
            {chase.awaiting.length.toLocaleString()})
          </summary>
          {list(chase.awaiting)}
        </details>
      )}
    </section>
  );
}
