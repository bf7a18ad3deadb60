import { clientDisplayName } from '@shared/clients/names';
import { followUpAttentionDate } from '@shared/touches/followUps';
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { useToday } from '../../app/useToday';
import { useDueFollowUpRecords } from '../../db/hooks/touchHooks';
import { FollowUpActions } from './FollowUpActions';
import { FollowUpStateLabel } from './FollowUpStateLabel';

/** Follow-ups shown at first: a long backlog opens a page at a time. */
const pageSize = 20;

/**
 * Follow-ups due today and overdue, oldest first, each with done / snooze / reschedule. Stands
 * on its own (no props), so it can sit on any screen. Renders nothing when none are due.
 */
export function DueFollowUps() {
  const today = useToday();
  const [shown, setShown] = useState(pageSize);
  const records = useDueFollowUpRecords(today);
  const due = useMemo(
    () =>
      records?.flatMap(({ touch, client }) =>
        touch.followUp ? [{ touch, client, followUp: touch.followUp }] : [],
      ),
    [records],
  );
  if (!due || due.length === 0) return null;
  const sorted = [...due].sort((a, b) =>
    followUpAttentionDate(a.followUp) < followUpAttentionDate(b.followUp) ? -1 : 1,
  );
  return (
    <section className="card due-follow-ups" aria-labelledby="due-follow-ups-heading">
      <h2 id="due-follow-ups-heading">
        Follow-ups due <span className="count-badge">{sorted.length.toLocaleString()}</span>
      </h2>
      <ul className="due-follow-ups__list">
        {sorted.slice(0, shown).map(({ touch, client, followUp }) => {
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
      {sorted.length > shown && (
        <button type="button" className="button button--small" onClick={() => setShown(shown + pageSize)}>
          Show {Math.min(pageSize, sorted.length - shown)} more
        </button>
      )}
    </section>
  );
}
