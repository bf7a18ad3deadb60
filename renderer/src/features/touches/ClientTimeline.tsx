import type { Client } from '@shared/model/client';
import { touchKindLabels, touchKinds } from '@shared/model/touch';
import { buildTimeline, nextFollowUp, type TimelineFilter } from '@shared/touches/timeline';
import { useState } from 'react';
import { useToday } from '../../app/useToday';
import { useClientTimelineData } from '../../db/clientTimelineData';
import { SelectField } from '../../ui/Field';
import { FollowUpActions } from './FollowUpActions';
import { FollowUpStateLabel } from './FollowUpStateLabel';
import { TimelineEntryItem } from './TimelineEntryItem';
import { openTouchDialog } from './touchDialogStore';
import { logTouchShortcutLabel } from './useLogTouchShortcut';

const filterOptions: { value: TimelineFilter; label: string }[] = [
  { value: '', label: 'Everything' },
  ...touchKinds.map((kind) => ({ value: kind, label: touchKindLabels[kind] })),
  { value: 'project', label: 'Projects' },
  { value: 'app', label: 'Logged by Clientele' },
];

/** Entries shown at first; a long history opens a page at a time. */
const pageSize = 50;

/** A client's touches and projects, newest first, with the next follow-up pinned on top. */
export function ClientTimeline({ client }: { client: Client }) {
  const today = useToday();
  const [filter, setFilter] = useState<TimelineFilter>('');
  const [shown, setShown] = useState(pageSize);
  const data = useClientTimelineData(client.id);
  const loaded = data !== undefined;
  const touches = data?.touches ?? [];
  const projects = data?.projects ?? [];
  const entries = loaded ? buildTimeline(touches, projects, filter) : [];
  const next = loaded ? nextFollowUp(touches) : undefined;

  return (
    <section className="card timeline" aria-labelledby="timeline-heading" aria-busy={!loaded}>
      <div className="section-header">
        <h2 id="timeline-heading">Timeline</h2>
        <button
          type="button"
          className="button button--primary"
          aria-keyshortcuts="Control+Shift+L"
          title={`Log a touch (${logTouchShortcutLabel})`}
          onClick={() => openTouchDialog({ clientId: client.id })}
        >
          Log a touch
        </button>
      </div>
      {next?.followUp && (
        <aside className="timeline__next" aria-label="Next follow-up">
          <p>
            <strong>Next follow-up:</strong> {next.followUp.action} —{' '}
            <FollowUpStateLabel followUp={next.followUp} today={today} />
          </p>
          <FollowUpActions touch={next} name={next.followUp.action} />
        </aside>
      )}
      {loaded && (touches.length > 0 || projects.length > 0) && (
        <SelectField
          id="timeline-filter"
          label="Show"
          value={filter}
          options={filterOptions}
          onChange={(value) => {
            setFilter(value);
            setShown(pageSize);
          }}
          className="timeline__filter"
        />
      )}
      {loaded && entries.length === 0 && (
        <p className="timeline__empty">
          {filter
            ? 'Nothing of this kind yet.'
            : `No touches yet. Log a call, an email or a meeting to see it here (${logTouchShortcutLabel} from anywhere).`}
        </p>
      )}
      <ol className="timeline__list">
        {entries.slice(0, shown).map((entry) => (
          <TimelineEntryItem key={entry.id} entry={entry} client={client} today={today} />
        ))}
      </ol>
      {entries.length > shown && (
        <button type="button" className="button" onClick={() => setShown(shown + pageSize)}>
          Show {Math.min(pageSize, entries.length - shown)} more
        </button>
      )}
    </section>
  );
}
