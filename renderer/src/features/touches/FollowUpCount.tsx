import { useToday } from '../../app/useToday';
import { useDueFollowUpsCount } from '../../db/dueFollowUps';

/** The number of follow-ups due or overdue, for the navigation; nothing when there are none. */
export function FollowUpCount() {
  const today = useToday();
  const count = useDueFollowUpsCount(today) ?? 0;
  if (count === 0) return null;
  return (
    <span className="count-badge" title="Follow-ups due">
      {count.toLocaleString()}
      <span className="visually-hidden">{count === 1 ? ' follow-up due' : ' follow-ups due'}</span>
    </span>
  );
}
