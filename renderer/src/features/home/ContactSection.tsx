import type { ContactEntry } from '@shared/insights';
import { useId, useState } from 'react';
import { Link } from 'wouter';
import { useSettings } from '../../app/useSettings';
import { db } from '../../db/appDatabase';
import { markEntryDone, restoreEntry, snoozeEntry } from '../../db/homeDismissalsRepository';
import { showError, showToast } from '../../state/toastStore';
import { moneyText } from '../insights/MoneyList';
import { useOpenClients } from '../insights/useOpenClients';

const shownAtOnce = 8;
const snoozeChoices = [7, 14, 30, 90];

interface ContactSectionProps {
  title: string;
  intro: string;
  /** The rule behind the list, for a "how is this worked out" note. */
  rule?: string;
  entries: readonly ContactEntry[];
  emptyText: string;
  today: string;
}

/** One list of clients to contact, each opening the client, with done and snooze remembered. */
export function ContactSection({ title, intro, rule, entries, emptyText, today }: ContactSectionProps) {
  const headingId = useId();
  const snoozeId = useId();
  const { homeCurrency } = useSettings();
  const [snoozeDays, setSnoozeDays] = useState(14);
  const openClients = useOpenClients();
  const shown = entries.slice(0, shownAtOnce);

  const done = (entry: ContactEntry) =>
    markEntryDone(db, entry.key)
      .then(() => showToast(`Marked ${entry.name} done.`, () => restoreEntry(db, entry.key)))
      .catch(showError);
  const snooze = (entry: ContactEntry) =>
    snoozeEntry(db, entry.key, snoozeDays, today)
      .then(() =>
        showToast(`Snoozed ${entry.name} for ${snoozeDays} days.`, () => restoreEntry(db, entry.key)),
      )
      .catch(showError);

  return (
    <section className="card contact-section" aria-labelledby={headingId}>
      <div className="contact-section__header">
        <h2 id={headingId}>
          {title} <span className="muted">({entries.length.toLocaleString()})</span>
        </h2>
        {entries.length > 0 && (
          <label className="contact-section__snooze" htmlFor={snoozeId}>
            Snooze for
            <select
              id={snoozeId}
              value={snoozeDays}
              onChange={(event) => setSnoozeDays(Number(event.target.value))}
            >
              {snoozeChoices.map((days) => (
                <option key={days} value={days}>
                  {days} days
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <p className="muted">{intro}</p>
      {rule && (
        <details className="contact-section__rule">
          <summary>How is this worked out?</summary>
          <p>{rule}</p>
        </details>
      )}
      {shown.length === 0 ? (
        <p>{emptyText}</p>
      ) : (
        <ul className="contact-list">
          {shown.map((entry) => (
            <li key={entry.key} className="contact-list__entry">
              <div className="contact-list__text">
                <Link href={`/clients/${entry.clientId}`} className="contact-list__name">
                  {entry.name}
                </Link>
                <span className="contact-list__detail">
                  {entry.valueAtStake && `${moneyText(entry.valueAtStake, homeCurrency)} at stake. `}
                  {entry.detail}
                </span>
              </div>
              <div className="contact-list__actions">
                <button
                  type="button"
                  className="button"
                  onClick={() => done(entry)}
                  aria-label={`Done: ${entry.name}`}
                >
                  Done
                </button>
                <button
                  type="button"
                  className="button"
                  onClick={() => snooze(entry)}
                  aria-label={`Snooze ${entry.name} for ${snoozeDays} days`}
                >
                  Snooze
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {entries.length > shownAtOnce && (
        <button
          type="button"
          className="button"
          onClick={() =>
            openClients(
              title,
              entries.map((entry) => entry.clientId),
            )
          }
        >
          Show all {entries.length.toLocaleString()} in the client list
        </button>
      )}
    </section>
  );
}
