import type { HolidayCardReminder } from '@shared/insights';
import { useId } from 'react';
import { Link } from 'wouter';
import { db } from '../../db/appDatabase';
import { restoreEntry, snoozeEntry } from '../../db/homeDismissalsRepository';
import { showError, showToast } from '../../state/toastStore';

/** From October: a nudge to start or send this year's holiday cards. */
export function HolidayCardsReminder({ reminder, today }: { reminder: HolidayCardReminder; today: string }) {
  const headingId = useId();
  const snooze = () =>
    snoozeEntry(db, reminder.key, 7, today)
      .then(() => showToast('Holiday cards snoozed for 7 days.', () => restoreEntry(db, reminder.key)))
      .catch(showError);
  return (
    <section className="card contact-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Holiday cards {reminder.year}</h2>
      <p>{reminder.text}</p>
      <div className="form-actions">
        <Link
          href={reminder.listId ? `/holiday-cards/${reminder.listId}` : '/holiday-cards'}
          className="button button--primary"
        >
          {reminder.listId ? 'Open the list' : 'Start the list'}
        </Link>
        <button type="button" className="button" onClick={snooze}>
          Snooze for 7 days
        </button>
      </div>
    </section>
  );
}
