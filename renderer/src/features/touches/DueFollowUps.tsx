import { clientDisplayName } from '@shared/clients/names';
import { useState } from 'react';
import { Link } from 'wouter';
import { useToday } from '../../app/useToday';
import { firstPageSize, useDueFollowUps } from '../../db/dueFollowUps';
import { FollowUpActions } from './FollowUpActions';
import { FollowUpStateLabel } from './FollowUpStateLabel';

/**
 * Follow-ups due today and overdue, oldest first, each with done / snooze / reschedule. Stands
 * on its own (no props), so it can sit on any screen. Renders nothing when none are due.
 */
export function DueFollowUps() {
  const today = useToday();
  const [shown, setShown] = useState(firstPageSize);
  const due = useDueFollowUps(today, shown);
  if (!due || due.total === 0) return null;
  return (
    <section className="card due-follow-ups" aria-labelledby="due-follow-ups-heading">
      <h2 id="due-follow-ups-heading">
        Follow-ups due <span className="count-badge">{due.total.toLocaleString()}</span>
      </h2>
      <ul className="due-follow-ups__list">
        {due.entries.map(({ touch, client, followUp }) => {
          const name = clientDisplayName(client);
          return (
            <li key={touch.id} className="due-follow-ups__item">
              <div className="due-follow-ups__what">
                <Link href={`/clients/${client.id}`}>{name}</Link>
                <span>{followUp.action}</span>
                <FollowUpStateLabel followUp={followUp} today={today} />
              </div>
              <FollowUpActions touch={touch} name={`${followUp.action}, ${name}`} />
            </li>
          );
        })}
      </ul>
      {due.total > shown && (
        <button
          type="button"
          className="button button--small"
          onClick={() => setShown(shown + firstPageSize)}
        >
          Show {Math.min(firstPageSize, due.total - shown)} more
        </button>
      )}
    </section>
  );
}
