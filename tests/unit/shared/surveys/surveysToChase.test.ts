import { type SurveySending, surveysToChase } from '@shared/surveys';
import { describe, expect, it } from 'vitest';

function sending(id: string, status: SurveySending['status'], sentOn: string): SurveySending {
  return {
    id,
    surveyId: 'survey',
    surveyName: 'After the project',
    questions: [],
    projectId: `p-${id}`,
    projectTitle: `Project ${id}`,
    clientId: `c-${id}`,
    clientName: `Client ${id}`,
    clientKind: 'b2b',
    serviceTypeId: '',
    contactId: '',
    contactName: '',
    contactEmail: '',
    businessName: 'Studio',
    status,
    sentOn,
    answeredOn: status === 'answered' ? sentOn : '',
    declinedOn: status === 'declined' ? sentOn : '',
    createdAt: '',
    updatedAt: '',
  };
}

describe('surveys to chase on Home', () => {
  const today = '2026-11-30';
  const sendings = [
    sending('recent', 'sent', '2026-11-25'),
    sending('due', 'sent', '2026-11-16'),
    sending('older', 'sent', '2026-10-01'),
    sending('draft', 'draft', ''),
    sending('answered', 'answered', '2026-10-01'),
    sending('declined', 'declined', '2026-10-01'),
  ];

  it('lists sent surveys past the reminder days as due, longest waiting first, and the others as awaiting', () => {
    const chase = surveysToChase(sendings, today, 14);
    expect(chase.reminderDue.map((entry) => entry.sendingId)).toEqual(['older', 'due']);
    expect(chase.awaiting.map((entry) => entry.sendingId)).toEqual(['recent']);
    expect(chase.reminderDue[1]).toMatchObject({
      clientId: 'c-due',
      clientName: 'Client due',
      detail: 'Project due: sent 2026-11-16, 14 days ago, no answer yet.',
    });
  });

  it('follows the reminder days the user set', () => {
    const chase = surveysToChase(sendings, today, 60);
    expect(chase.reminderDue.map((entry) => entry.sendingId)).toEqual(['older']);
    expect(chase.awaiting.map((entry) => entry.sendingId)).toEqual(['due', 'recent']);
  });

  it('gives an awaiting survey a new key once its reminder is due, so a done entry comes back', () => {
    const waiting = surveysToChase([sending('a', 'sent', '2026-11-25')], '2026-11-26', 14).awaiting[0];
    const due = surveysToChase([sending('a', 'sent', '2026-11-25')], '2026-12-09', 14).reminderDue[0];
    expect(waiting?.key).toBeTruthy();
    expect(due?.key).toBeTruthy();
    expect(due?.key).not.toBe(waiting?.key);
  });
});
