import { projectDate } from '../clients/projectSummary';
import type { Project } from '../model/project';
import type { Touch, TouchKind } from '../model/touch';

export type TimelineEntry =
  | { type: 'touch'; id: string; date: string; touch: Touch }
  | { type: 'project'; id: string; date: string; project: Project };

/** What the timeline can be narrowed to: one touch kind, projects, or the app's own entries. */
export type TimelineFilter = '' | TouchKind | 'project' | 'app';

function entryKind(entry: TimelineEntry): TimelineFilter[] {
  if (entry.type === 'project') return ['project'];
  const { touch } = entry;
  if (touch.appEvent?.startsWith('project-')) return ['project', 'app'];
  return touch.appEvent ? ['app', touch.kind] : [touch.kind];
}

/**
 * A client's touches and projects together, newest first. A project shows once: through the
 * touches the app logged when it started or finished, or, for projects older than those
 * touches, as the project itself at its date.
 */
export function buildTimeline(
  touches: readonly Touch[],
  projects: readonly Project[],
  filter: TimelineFilter = '',
): TimelineEntry[] {
  const loggedProjects = new Set(
    touches.flatMap((touch) =>
      touch.appEvent?.startsWith('project-') && touch.sourceId ? [touch.sourceId] : [],
    ),
  );
  const entries: (TimelineEntry & { order: string })[] = [];
  for (const touch of touches) {
    entries.push({ type: 'touch', id: touch.id, date: touch.date, touch, order: touch.loggedAt });
  }
  for (const project of projects) {
    if (loggedProjects.has(project.id)) continue;
    const date = projectDate(project) || project.createdAt.slice(0, 10);
    entries.push({ type: 'project', id: project.id, date, project, order: project.createdAt });
  }
  entries.sort((a, b) =>
    a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.order < b.order ? 1 : a.order > b.order ? -1 : 0,
  );
  const shown = filter ? entries.filter((entry) => entryKind(entry).includes(filter)) : entries;
  return shown.map(({ order: _order, ...entry }) => entry as TimelineEntry);
}

/** The open follow-up that comes first, to pin on top of the timeline. */
export function nextFollowUp(touches: readonly Touch[]): Touch | undefined {
  let next: Touch | undefined;
  for (const touch of touches) {
    if (touch.followUpOn === undefined) continue;
    if (!next || touch.followUpOn < (next.followUpOn as string)) next = touch;
  }
  return next;
}
