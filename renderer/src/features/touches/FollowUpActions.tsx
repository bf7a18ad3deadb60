import { addDays } from '@shared/dates/days';
import type { FollowUp, Touch } from '@shared/model/touch';
import { followUpDateError, type SnoozeChoice, snoozeDate } from '@shared/touches/followUps';
import { useId, useState } from 'react';
import { useToday } from '../../app/useToday';
import { db } from '../../db/appDatabase';
import {
  completeFollowUp,
  rescheduleFollowUp,
  restoreFollowUp,
  snoozeFollowUp,
} from '../../db/touchesRepository';
import { showError, showToast } from '../../state/toastStore';

/** Done, snooze (1 day, 1 week, a date) or reschedule a follow-up: one action each, with undo. */
export function FollowUpActions({ touch, name }: { touch: Touch; name: string }) {
  const today = useToday();
  const id = useId();
  const [picking, setPicking] = useState(false);
  const [date, setDate] = useState(() => addDays(today, 3));
  const [error, setError] = useState('');
  const action = touch.followUp?.action ?? '';

  const run = async (change: () => Promise<FollowUp>, message: string) => {
    try {
      const before = await change();
      setPicking(false);
      showToast(message, async () => {
        await restoreFollowUp(db, touch.id, before);
      });
    } catch (failure) {
      showError(failure);
    }
  };
  const snooze = (choice: SnoozeChoice) => {
    const until = snoozeDate(choice, today);
    void run(() => snoozeFollowUp(db, touch.id, until), `Snoozed “${action}” until ${until}.`);
  };
  const withDate = (what: 'snooze' | 'reschedule') => {
    const problem = followUpDateError(date, today, what);
    setError(problem);
    if (problem) return;
    if (what === 'snooze')
      void run(() => snoozeFollowUp(db, touch.id, date), `Snoozed “${action}” until ${date}.`);
    else void run(() => rescheduleFollowUp(db, touch.id, date), `Rescheduled “${action}” to ${date}.`);
  };
  const hidden = <span className="visually-hidden"> {name}</span>;

  return (
    <div className="follow-up-actions">
      <button
        type="button"
        className="button button--small"
        onClick={() => run(() => completeFollowUp(db, touch.id, today), `Done: ${action}.`)}
      >
        Done{hidden}
      </button>
      <button type="button" className="button button--small" onClick={() => snooze('day')}>
        Snooze 1 day{hidden}
      </button>
      <button type="button" className="button button--small" onClick={() => snooze('week')}>
        Snooze 1 week{hidden}
      </button>
      <button
        type="button"
        className="button button--small button--quiet"
        aria-expanded={picking}
        onClick={() => setPicking(!picking)}
      >
        Pick a date…{hidden}
      </button>
      {picking && (
        <div className="follow-up-actions__date">
          <label htmlFor={`${id}-date`}>New date{hidden}</label>
          <input
            id={`${id}-date`}
            type="date"
            value={date}
            onChange={(event) => setDate(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
          />
          <button type="button" className="button button--small" onClick={() => withDate('snooze')}>
            Snooze until then
          </button>
          <button type="button" className="button button--small" onClick={() => withDate('reschedule')}>
            Reschedule
          </button>
          {error && (
            <p className="field__error" id={`${id}-error`} role="alert">
              {error}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
