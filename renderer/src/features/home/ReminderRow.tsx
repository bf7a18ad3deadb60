import type { ReactNode } from 'react';
import { db } from '../../db/appDatabase';
import { markEntryDone, restoreEntry, snoozeEntry } from '../../db/homeDismissalsRepository';
import { showError, showToast } from '../../state/toastStore';

interface ReminderRowProps {
  /** The link the row opens, in the row's heading place. */
  title: ReactNode;
  detail: ReactNode;
  /** Who or what the row is about, for the buttons' names ("Done: Ana Ruiz"). */
  subject: string;
  snoozeDays: number;
  onDone: () => void;
  onSnooze: () => void;
}

/** One entry of a Home list of people to contact: what it is, why, and done or snooze. */
export function ReminderRow({ title, detail, subject, snoozeDays, onDone, onSnooze }: ReminderRowProps) {
  return (
    <li className="contact-list__entry">
      <div className="contact-list__text">
        {title}
        <span className="contact-list__detail">{detail}</span>
      </div>
      <div className="contact-list__actions">
        <button type="button" className="button" onClick={onDone} aria-label={`Done: ${subject}`}>
          Done
        </button>
        <button
          type="button"
          className="button"
          onClick={onSnooze}
          aria-label={`Snooze ${subject} for ${snoozeDays} days`}
        >
          Snooze
        </button>
      </div>
    </li>
  );
}

interface SnoozeSelectProps {
  id: string;
  days: number;
  choices: readonly number[];
  onChange: (days: number) => void;
}

/** The "Snooze for N days" choice in a Home list's header. */
export function SnoozeSelect({ id, days, choices, onChange }: SnoozeSelectProps) {
  return (
    <label className="contact-section__snooze" htmlFor={id}>
      Snooze for
      <select id={id} value={days} onChange={(event) => onChange(Number(event.target.value))}>
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {choice} days
          </option>
        ))}
      </select>
    </label>
  );
}

/** Marks a Home entry done, with an undo in the toast. */
export function markDone(key: string, toastText: string): void {
  markEntryDone(db, key)
    .then(() => showToast(toastText, () => restoreEntry(db, key)))
    .catch(showError);
}

/** Hides a Home entry for some days, with an undo in the toast. */
export function snoozeFor(key: string, days: number, today: string, toastText: string): void {
  snoozeEntry(db, key, days, today)
    .then(() => showToast(toastText, () => restoreEntry(db, key)))
    .catch(showError);
}
