import type { ClientProjectSummary } from '../model/client';
import type { Project } from '../model/project';
import { type BilledSortSettings, billedSortKey } from './billedTotals';

/**
 * The date a project counts at: when it was invoiced, else when it ended, else when it began.
 * A project under way counts from when it began: its planned end is not business done yet.
 */
export function projectDate(
  project: Pick<Project, 'status' | 'finalInvoiceDate' | 'endDate' | 'startDate'>,
): string {
  if (project.status === 'active') return project.startDate || project.finalInvoiceDate || project.endDate;
  return project.finalInvoiceDate || project.endDate || project.startDate;
}

/** Projects that went ahead: active or completed (not leads, not cancelled). */
export function isBusinessProject(project: Pick<Project, 'status'>): boolean {
  return project.status === 'active' || project.status === 'completed';
}

/** The figures the client list shows and sorts by, derived from a client's projects. */
export function summarizeProjects(
  projects: readonly Project[],
  settings: BilledSortSettings,
): ClientProjectSummary {
  let completedProjectCount = 0;
  let activeProjectCount = 0;
  let quotedProjectCount = 0;
  let firstProjectDate = '';
  let lastProjectDate = '';
  const billedByCurrency: Record<string, number> = {};
  for (const project of projects) {
    if (project.status === 'completed') {
      completedProjectCount += 1;
      const { currency, amountMinor } = project.amount;
      billedByCurrency[currency] = (billedByCurrency[currency] ?? 0) + amountMinor;
    }
    if (project.status === 'active') activeProjectCount += 1;
    if (project.status === 'lead') quotedProjectCount += 1;
    if (!isBusinessProject(project)) continue;
    const date = projectDate(project);
    if (date === '') continue;
    if (firstProjectDate === '' || date < firstProjectDate) firstProjectDate = date;
    if (date > lastProjectDate) lastProjectDate = date;
  }
  return {
    projectCount: projects.length,
    completedProjectCount,
    activeProjectCount,
    quotedProjectCount,
    firstProjectDate,
    lastProjectDate,
    totalBilledMinor: billedSortKey(billedByCurrency, settings),
    billedByCurrency,
  };
}

/** Picks the project figures out of a stored client. */
export function projectSummaryOf(client: ClientProjectSummary): ClientProjectSummary {
  return {
    projectCount: client.projectCount,
    completedProjectCount: client.completedProjectCount,
    activeProjectCount: client.activeProjectCount,
    quotedProjectCount: client.quotedProjectCount ?? 0,
    firstProjectDate: client.firstProjectDate,
    lastProjectDate: client.lastProjectDate,
    totalBilledMinor: client.totalBilledMinor,
    billedByCurrency: client.billedByCurrency,
  };
}

export const emptyProjectSummary: ClientProjectSummary = {
  projectCount: 0,
  completedProjectCount: 0,
  activeProjectCount: 0,
  quotedProjectCount: 0,
  firstProjectDate: '',
  lastProjectDate: '',
  totalBilledMinor: 0,
  billedByCurrency: {},
};

/** Records (projects, touches...) grouped by the client they belong to. */
export function groupByClient<T extends { clientId: string }>(records: readonly T[]): Map<string, T[]> {
  const byClient = new Map<string, T[]>();
  for (const record of records) {
    const list = byClient.get(record.clientId);
    if (list) list.push(record);
    else byClient.set(record.clientId, [record]);
  }
  return byClient;
}

/**
 * For a client with leads but no project under way or done, what to say instead of an empty
 * "Last project" and a zero total ("No finished projects yet; 1 quoted"); null otherwise.
 */
export function onlyQuotedText(
  summary: Pick<
    ClientProjectSummary,
    'completedProjectCount' | 'activeProjectCount' | 'quotedProjectCount' | 'projectCount'
  >,
): string | null {
  if (summary.completedProjectCount > 0 || summary.activeProjectCount > 0) return null;
  const quoted = summary.quotedProjectCount ?? 0;
  if (quoted === 0) return null;
  return `No finished projects yet; ${quoted.toLocaleString('en')} quoted`;
}
