import type { ContactEntry } from '@shared/insights';
import { useId, useState } from 'react';
import { Link } from 'wouter';
import { useSettings } from '../../app/useSettings';
import { moneyText } from '../insights/MoneyList';
import { useOpenClients } from '../insights/useOpenClients';
import { markDone, ReminderRow, SnoozeSelect, snoozeFor } from './ReminderRow';

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

  return (
    <section className="card contact-section" aria-labelledby={headingId}>
      <div className="contact-section__header">
        <h2 id={headingId}>
          {title} <span className="muted">({entries.length.toLocaleString()})</span>
        </h2>
        {entries.length > 0 && (
          <SnoozeSelect id={snoozeId} days={snoozeDays} choices={snoozeChoices} onChange={setSnoozeDays} />
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
            <ReminderRow
              key={entry.key}
              title={
                <Link href={`/clients/${entry.clientId}`} className="contact-list__name">
                  {entry.name}
                </Link>
              }
              detail={
                <>
                  {entry.valueAtStake && `${moneyText(entry.valueAtStake, homeCurrency)} at stake. `}
                  {entry.detail}
                </>
              }
              subject={entry.name}
              snoozeDays={snoozeDays}
              onDone={() => markDone(entry.key, `Marked ${entry.name} done.`)}
              onSnooze={() =>
                snoozeFor(entry.key, snoozeDays, today, `Snoozed ${entry.name} for ${snoozeDays} days.`)
              }
            />
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
