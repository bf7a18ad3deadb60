import type { Project } from '@shared/model/project';
import type { Touch } from '@shared/model/touch';

let next = 0;

export function touch(fields: Partial<Touch> = {}): Touch {
  next += 1;
  return {
    id: `touch-${next}`,
    clientId: 'client-1',
    kind: 'call',
    date: '2026-11-20',
    personId: '',
    summary: 'Talked about the launch',
    notes: '',
    followUp: null,
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    loggedAt: '2026-11-20T10:00:00.000Z',
    quiet: false,
    ...fields,
  };
}

export function project(fields: Partial<Project> = {}): Project {
  next += 1;
  return {
    id: `project-${next}`,
    clientId: 'client-1',
    title: 'Website redesign',
    serviceTypeId: '',
    status: 'completed',
    startDate: '2024-01-10',
    endDate: '2024-02-20',
    finalInvoiceDate: '2024-02-28',
    amount: { amountMinor: 500_000, currency: 'USD' },
    notes: '',
    createdAt: '2024-01-05T09:00:00.000Z',
    updatedAt: '2024-01-05T09:00:00.000Z',
    ...fields,
  };
}
