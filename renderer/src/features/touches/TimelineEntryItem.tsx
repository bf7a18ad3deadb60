import { personName } from '@shared/clients/names';
import { formatIsoDate } from '@shared/dates/isoDate';
import type { Client } from '@shared/model/client';
import { projectStatusLabels } from '@shared/model/project';
import { type Touch, touchKindLabels } from '@shared/model/touch';
import { formatMoney } from '@shared/money/money';
import type { TimelineEntry } from '@shared/touches/timeline';
import { db } from '../../db/appDatabase';
import { deleteTouch } from '../../db/touchesRepository';
import { restoreFromTrash } from '../../db/trashRepository';
import { showError, showToast } from '../../state/toastStore';
import { FollowUpStateLabel } from './FollowUpStateLabel';
import { editTouch } from './touchDialogStore';

async function remove(touch: Touch) {
  try {
    const trashId = await deleteTouch(db, touch.id);
    showToast(`Deleted “${touch.summary}”.`, () => restoreFromTrash(db, trashId));
  } catch (error) {
    showError(error);
  }
}

/** One line of a client's timeline: a touch (with its follow-up) or a project. */
export function TimelineEntryItem({
  entry,
  client,
  today,
}: {
  entry: TimelineEntry;
  client: Client;
  today: string;
}) {
  if (entry.type === 'project') {
    const { project } = entry;
    return (
      <li className="timeline__entry timeline__entry--project">
        <span className="timeline__date">{formatIsoDate(entry.date)}</span>
        <span className="timeline__kind">Project</span>
        <div className="timeline__body">
          <p className="timeline__summary">
            {project.title} · {projectStatusLabels[project.status]} · {formatMoney(project.amount)}
          </p>
        </div>
      </li>
    );
  }
  const { touch } = entry;
  const person = client.contacts.find((contact) => contact.id === touch.personId);
  return (
    <li className={`timeline__entry${touch.quiet ? ' timeline__entry--quiet' : ''}`}>
      <span className="timeline__date">{formatIsoDate(entry.date)}</span>
      <span className="timeline__kind">{touchKindLabels[touch.kind]}</span>
      <div className="timeline__body">
        <p className="timeline__summary">
          {touch.summary}
          {person && <span className="timeline__person"> · with {personName(person)}</span>}
          {touch.appEvent && <span className="timeline__person"> · logged by Clientele</span>}
        </p>
        {touch.notes && <p className="timeline__notes">{touch.notes}</p>}
        {touch.followUp && (
          <p className="timeline__follow-up">
            Follow-up: {touch.followUp.action} —{' '}
            <FollowUpStateLabel followUp={touch.followUp} today={today} />
          </p>
        )}
      </div>
      <div className="timeline__actions">
        {!touch.appEvent && (
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => editTouch(touch)}
          >
            Edit<span className="visually-hidden"> {touch.summary}</span>
          </button>
        )}
        <button
          type="button"
          className="button button--quiet button--small button--danger"
          onClick={() => remove(touch)}
        >
          Delete<span className="visually-hidden"> {touch.summary}</span>
        </button>
      </div>
    </li>
  );
}
