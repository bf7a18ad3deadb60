import { projectDate } from '../clients/projectSummary';
import type { Project } from '../model/project';

/**
 * The currency a new project for this client starts in: that of the client's latest project (by
 * its date, then when it was entered), else the home currency. A client billed in euros stays in
 * euros without the user changing the field every time.
 */
export function defaultProjectCurrency(projects: readonly Project[], homeCurrency: string): string {
  let latest: Project | undefined;
  let latestKey = '';
  for (const project of projects) {
    const key = `${projectDate(project)}|${project.createdAt}`;
    if (!latest || key > latestKey) {
      latest = project;
      latestKey = key;
    }
  }
  return latest?.amount.currency ?? homeCurrency;
}
