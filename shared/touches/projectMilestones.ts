import type { Project } from '../model/project';
import type { AppTouchEvent } from '../model/touch';

export interface ProjectMilestone {
  event: Extract<AppTouchEvent, 'project-started' | 'project-finished'>;
  clientId: string;
  date: string;
  subject: string;
  sourceId: string;
}

/**
 * The touches a project save should log: "started" when it becomes active, "finished" when it
 * becomes completed, each once. Dates come from the project, never later than today.
 */
export function projectMilestones(
  before: Pick<Project, 'status'> | undefined,
  after: Project,
  today: string,
): ProjectMilestone[] {
  const notLater = (date: string) => (date && date < today ? date : today);
  const base = { clientId: after.clientId, subject: after.title, sourceId: after.id };
  const milestones: ProjectMilestone[] = [];
  const wasUnderWay = before?.status === 'active' || before?.status === 'completed';
  if (after.status === 'active' && !wasUnderWay) {
    milestones.push({ ...base, event: 'project-started', date: notLater(after.startDate) });
  }
  if (after.status === 'completed' && before?.status !== 'completed') {
    milestones.push({
      ...base,
      event: 'project-finished',
      date: notLater(after.endDate || after.finalInvoiceDate),
    });
  }
  return milestones;
}
