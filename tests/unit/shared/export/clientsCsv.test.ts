import { clientsCsv, clientsToCsvRows } from '@shared/export/clientsCsv';
import { countryOptions } from '@shared/geo/countries';
import { parseContactsFile } from '@shared/import';
import type { ClientDetails } from '@shared/model/client';
import { emptyAddress } from '@shared/model/client';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clientDetails, withoutIds } from './clientArbitraries';

const ana: ClientDetails = {
  kind: 'b2b',
  organization: '=cmd|" /C calc"!A0',
  website: 'https://ruiz-estudio.es/',
  contacts: [
    {
      id: 'p1',
      givenName: 'Ana María',
      familyName: 'Ruiz, "la jefa"',
      jobTitle: '@founder',
      emails: [{ label: 'work', value: 'ana@ruiz-estudio.es' }],
      phones: [
        { label: 'mobile', value: '+34 600 123 456' },
        { label: 'work', value: '030 1234567' },
      ],
    },
    {
      id: 'p2',
      givenName: '美咲',
      familyName: '佐藤',
      jobTitle: '',
      emails: [],
      phones: [{ label: '', value: '+81 3-1234-5678' }],
    },
  ],
  address: {
    lines: ['Calle de Alcalá 42', '-3º izq.'],
    city: 'Madrid',
    region: '',
    postalCode: '28014',
    country: 'ES',
  },
  social: { linkedin: 'https://www.linkedin.com/in/ana/' },
  source: { channel: 'referral', detail: 'Jörg, at the fair' },
  preferredContact: 'email',
  permissions: { email: true, post: false },
  doNotContact: false,
  verifiedOn: '2026-11-01',
  tags: ['VIP', 'Spain, north'],
  notes: 'Line one, with "quotes"\n=SUM(A1)\n+1 555',
};

const importCsv = (csv: string) => parseContactsFile(new TextEncoder().encode(csv), 'clients.csv');

describe('clients CSV export', () => {
  it('writes one row per client with people side by side, and a BOM for Excel', () => {
    const csv = clientsCsv([ana]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, row] = clientsToCsvRows([ana]);
    expect(header?.slice(0, 11)).toEqual([
      'Kind',
      'Organization',
      'Contact 1 given name',
      'Contact 1 family name',
      'Contact 1 job title',
      'Contact 1 email 1',
      'Contact 1 email 1 label',
      'Contact 1 phone 1',
      'Contact 1 phone 1 label',
      'Contact 1 phone 2',
      'Contact 1 phone 2 label',
    ]);
    expect(row?.slice(0, 3)).toEqual(['Business (B2B)', '=cmd|" /C calc"!A0', 'Ana María']);
    expect(row).toContain('Spain');
    expect(row).toContain('VIP\nSpain, north');
  });

  it('neutralises formula-like cells but keeps project counts as numbers', () => {
    const csv = clientsCsv([
      { ...ana, projectCount: 3, completedProjectCount: 2, lastProjectDate: '2026-10-01' },
    ]);
    expect(csv).toContain(`Business (B2B),"'=cmd|"" /C calc""!A0"`);
    expect(csv).toContain("'+34 600 123 456");
    expect(csv).toContain("'-3º izq.");
    expect(csv).toContain("'@founder");
    expect(csv).toMatch(/,3,2,2026-10-01\r\n$/);
  });

  it('reads back as the same client: the Clientele export source', async () => {
    const result = await importCsv(clientsCsv([ana]));
    expect(result.source).toBe('clientele');
    expect(result.problems).toEqual([]);
    expect(result.contacts.map((contact) => withoutIds(contact.details))).toEqual([withoutIds(ana)]);
  });

  it('reads back every country by its English name', async () => {
    const clients = countryOptions('en').map(({ code }) => ({
      ...ana,
      address: { ...emptyAddress(), city: 'X', country: code },
    }));
    const result = await importCsv(clientsCsv(clients));
    expect(result.contacts.map((contact) => contact.details.address.country)).toEqual(
      clients.map((client) => client.address.country),
    );
  });

  it('round-trips any client: export, import, same details (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(clientDetails, { minLength: 1, maxLength: 5 }), async (clients) => {
        const result = await importCsv(clientsCsv(clients));
        expect(result.problems).toEqual([]);
        expect(result.contacts.map((contact) => withoutIds(contact.details))).toEqual(
          clients.map(withoutIds),
        );
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('round-trips text that starts with an apostrophe and a formula sign', async () => {
    const result = await importCsv(clientsCsv([{ ...ana, organization: "'=not a formula" }]));
    expect(result.contacts[0]?.details.organization).toBe("'=not a formula");
  });
});
