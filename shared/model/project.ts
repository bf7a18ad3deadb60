import type { Money } from '../money/money';

export const projectStatuses = ['lead', 'active', 'completed', 'cancelled'] as const;
export type ProjectStatus = (typeof projectStatuses)[number];

export const projectStatusLabels: Record<ProjectStatus, string> = {
  lead: 'Lead / quoted',
  active: 'Active',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

/** What the user edits about a project. */
export interface ProjectDetails {
  clientId: string;
  title: string;
  /** Id of a ServiceType, or '' when not set. */
  serviceTypeId: string;
  status: ProjectStatus;
  /** ISO dates (YYYY-MM-DD) or ''. */
  startDate: string;
  endDate: string;
  finalInvoiceDate: string;
  amount: Money;
  notes: string;
}

export interface Project extends ProjectDetails {
  id: string;
  createdAt: string;
  updatedAt: string;
}

/** A reusable kind of work ("Website redesign", "Workshop"). */
export interface ServiceType {
  id: string;
  name: string;
  /** Lower-cased, trimmed name: unique, so the list holds no near-duplicates. */
  nameKey: string;
  createdAt: string;
  updatedAt: string;
}
