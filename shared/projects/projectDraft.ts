import type { Project, ProjectDetails, ProjectStatus } from '../model/project';
import { formatMinorForInput, parseMoney } from '../money/money';
import type { FieldErrors } from '../validation/fieldErrors';
import { validateProject } from './validateProject';

/** The project form's fields as typed: the amount stays text until it is saved. */
export interface ProjectDraft {
  title: string;
  serviceTypeName: string;
  status: ProjectStatus;
  startDate: string;
  endDate: string;
  finalInvoiceDate: string;
  amountText: string;
  currency: string;
  notes: string;
}

export function newProjectDraft(currency: string): ProjectDraft {
  return {
    title: '',
    serviceTypeName: '',
    status: 'active',
    startDate: '',
    endDate: '',
    finalInvoiceDate: '',
    amountText: '',
    currency,
    notes: '',
  };
}

export function projectDraftFrom(project: Project, serviceTypeName: string): ProjectDraft {
  return {
    title: project.title,
    serviceTypeName,
    status: project.status,
    startDate: project.startDate,
    endDate: project.endDate,
    finalInvoiceDate: project.finalInvoiceDate,
    amountText: formatMinorForInput(project.amount.amountMinor, project.amount.currency),
    currency: project.amount.currency,
    notes: project.notes,
  };
}

/** Parses and checks the draft: the project details, or the problems at their fields. */
export function readProjectDraft(
  draft: ProjectDraft,
  clientId: string,
): { details: Omit<ProjectDetails, 'serviceTypeId'>; errors: FieldErrors } {
  const amount =
    draft.amountText.trim() === ''
      ? { ok: true as const, amountMinor: 0 }
      : parseMoney(draft.amountText, draft.currency);
  const details = {
    clientId,
    title: draft.title.trim(),
    status: draft.status,
    startDate: draft.startDate,
    endDate: draft.endDate,
    finalInvoiceDate: draft.finalInvoiceDate,
    amount: { amountMinor: amount.ok ? amount.amountMinor : 0, currency: draft.currency },
    notes: draft.notes.trim(),
  };
  const errors = validateProject({ ...details, serviceTypeId: '' });
  if (!amount.ok) errors['amount.amountMinor'] = amount.error;
  return { details, errors };
}
