import { newProjectDraft, projectDraftFrom, readProjectDraft } from '@shared/projects/projectDraft';
import { describe, expect, it } from 'vitest';

describe('project draft', () => {
  it('reads a typed amount into minor units of the chosen currency', () => {
    const draft = {
      ...newProjectDraft('EUR'),
      title: 'Workshop',
      amountText: '2.400,50',
      startDate: '2026-03-01',
    };
    const { details, errors } = readProjectDraft(draft, 'client-1');
    expect(errors).toEqual({});
    expect(details.amount).toEqual({ amountMinor: 240_050, currency: 'EUR' });
  });

  it('reports an unreadable amount at the amount field and keeps other problems', () => {
    const draft = { ...newProjectDraft('USD'), amountText: 'about 300' };
    const { errors } = readProjectDraft(draft, 'client-1');
    expect(errors).toEqual({
      title: 'Enter a title for the project.',
      'amount.amountMinor': 'Enter a number, like 1250 or 1,250.00.',
    });
  });

  it('refuses letters in the amount instead of saving "abc12" as 12.00', () => {
    const draft = {
      ...newProjectDraft('EUR'),
      title: 'Workshop',
      amountText: 'abc12',
      startDate: '2026-03-01',
    };
    const { errors } = readProjectDraft(draft, 'client-1');
    expect(errors['amount.amountMinor']).toBe('Enter a number in EUR; "abc" is not € or EUR.');
  });

  it('shows a stored amount back exactly as it was saved', () => {
    const draft = projectDraftFrom(
      {
        id: 'p1',
        clientId: 'c1',
        title: 'Audit',
        serviceTypeId: 's1',
        status: 'completed',
        startDate: '2026-01-01',
        endDate: '',
        finalInvoiceDate: '',
        amount: { amountMinor: 1_000_001, currency: 'USD' },
        notes: '',
        createdAt: '',
        updatedAt: '',
      },
      'SEO audit',
    );
    expect(draft.amountText).toBe('10000.01');
    expect(draft.serviceTypeName).toBe('SEO audit');
  });
});
