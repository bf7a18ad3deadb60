import { projectsCsv, projectsToCsvRows } from '@shared/export/projectsCsv';
import type { ClientDetails } from '@shared/model/client';
import type { Project, ServiceType } from '@shared/model/project';
import { describe, expect, it } from 'vitest';

const client = { kind: 'b2b', organization: 'Müller & Söhne GmbH', contacts: [] } as Pick<
  ClientDetails,
  'kind' | 'organization' | 'contacts'
>;
const service: ServiceType = {
  id: 's1',
  name: 'Website redesign',
  nameKey: 'website redesign',
  createdAt: '',
  updatedAt: '',
};
const project = (fields: Partial<Project>): Project => ({
  id: 'p',
  clientId: 'c1',
  title: 'Relaunch',
  serviceTypeId: 's1',
  status: 'completed',
  startDate: '2026-01-10',
  endDate: '2026-03-01',
  finalInvoiceDate: '2026-03-05',
  amount: { amountMinor: 123450, currency: 'EUR' },
  notes: '',
  createdAt: '',
  updatedAt: '',
  ...fields,
});

describe('projects CSV export', () => {
  it('writes amounts as numbers in major units with their currency, and names the client and service', () => {
    const rows = projectsToCsvRows(
      [
        project({}),
        project({ amount: { amountMinor: 50000, currency: 'JPY' }, status: 'lead', serviceTypeId: '' }),
      ],
      new Map([['c1', client]]),
      [service],
    );
    expect(rows).toEqual([
      [
        'Client',
        'Project',
        'Service',
        'Status',
        'Start date',
        'End date',
        'Final invoice date',
        'Amount',
        'Currency',
        'Notes',
      ],
      [
        'Müller & Söhne GmbH',
        'Relaunch',
        'Website redesign',
        'Completed',
        '2026-01-10',
        '2026-03-01',
        '2026-03-05',
        1234.5,
        'EUR',
        '',
      ],
      [
        'Müller & Söhne GmbH',
        'Relaunch',
        '',
        'Lead / quoted',
        '2026-01-10',
        '2026-03-01',
        '2026-03-05',
        50000,
        'JPY',
        '',
      ],
    ]);
  });

  it('keeps a negative amount a number and neutralises formula-like text', () => {
    const csv = projectsCsv(
      [project({ title: '=HYPERLINK("x")', amount: { amountMinor: -2500, currency: 'USD' } })],
      new Map([['c1', client]]),
      [service],
    );
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain(',-25,USD,');
  });
});
