import { touchesCsv } from '@shared/export/touchesCsv';
import { newFollowUp } from '@shared/touches/followUps';
import { describe, expect, it } from 'vitest';
import { client, person } from '../../support/clients';
import { touch } from './touchFixtures';

describe('touches CSV', () => {
  it('writes one row per touch with client name and id, person, follow-up, formula-safe', () => {
    const ana = person({ givenName: 'Ana', familyName: 'Ruiz' });
    const clients = new Map([
      ['c1', { ...client({ kind: 'b2b', organization: 'Ruiz, Estudio', contacts: [ana] }), id: 'c1' }],
    ]);
    const csv = touchesCsv(
      [
        touch({
          clientId: 'c1',
          personId: ana.id,
          summary: '=HYPERLINK("x")',
          followUp: newFollowUp('2026-12-01', 'Send quote'),
        }),
        touch({ clientId: 'c1', kind: 'letter', appEvent: 'holiday-card-sent', summary: 'Card' }),
      ],
      clients,
      '2026-12-02',
    );
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(
      'Client,Client id,Date,Kind,Person,Summary,Notes,Logged by,Follow-up due,Follow-up,Follow-up status',
    );
    expect(lines[1]).toBe(
      `"Ruiz, Estudio",c1,2026-11-20,Call,Ana Ruiz,"'=HYPERLINK(""x"")",,You,2026-12-01,Send quote,Overdue`,
    );
    expect(lines[2]).toContain('Letter or card,,Card,,Clientele');
  });
});
