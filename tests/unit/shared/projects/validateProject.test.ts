import type { ProjectDetails } from '@shared/model/project';
import { validateProject } from '@shared/projects/validateProject';
import { describe, expect, it } from 'vitest';

const valid: ProjectDetails = {
  clientId: 'c1',
  title: 'Brand refresh',
  serviceTypeId: '',
  status: 'completed',
  startDate: '2026-01-05',
  endDate: '2026-02-10',
  finalInvoiceDate: '2026-02-15',
  amount: { amountMinor: 450_000, currency: 'EUR' },
  notes: '',
};

describe('validateProject', () => {
  it('accepts a complete project', () => {
    expect(validateProject(valid)).toEqual({});
  });

  it('explains each problem at its field', () => {
    const errors = validateProject({
      ...valid,
      title: '',
      startDate: '2026-03-01',
      endDate: '2026-02-01',
      finalInvoiceDate: '2026-02-30',
      amount: { amountMinor: -1, currency: 'EUR' },
    });
    expect(errors).toEqual({
      title: 'Enter a title for the project.',
      endDate: 'The end date is before the start date.',
      finalInvoiceDate: 'The final invoice date is not a real date.',
      'amount.amountMinor': 'The amount cannot be negative.',
    });
  });

  it('refuses an unknown currency', () => {
    expect(validateProject({ ...valid, amount: { amountMinor: 1, currency: 'ABC' } })).toHaveProperty(
      'amount.currency',
    );
  });
});
