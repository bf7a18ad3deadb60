import { clientsToVCard, foldLine } from '@shared/export/clientsVCard';
import { parseContactsFile } from '@shared/import';
import type { ClientDetails } from '@shared/model/client';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clientDetails, withoutIds } from './clientArbitraries';

const studio: ClientDetails = {
  kind: 'b2b',
  organization: 'Nordlys Design AB; Oslo, Norway',
  website: 'https://nordlys.example/',
  contacts: [
    {
      id: '6f1c2a9e-1111-4222-8333-444455556666',
      givenName: 'Astrid',
      familyName: 'Lindqvist',
      jobTitle: 'Art Director',
      emails: [
        { label: 'work', value: 'astrid@nordlys.example' },
        { label: 'Studio', value: 'studio@nordlys.example' },
      ],
      phones: [{ label: 'mobile', value: '+46 70 123 45 67' }],
    },
    {
      id: '6f1c2a9e-2222-4222-8333-444455556666',
      givenName: '美咲',
      familyName: '佐藤',
      jobTitle: '',
      emails: [],
      phones: [{ label: 'work fax', value: '+81 3-1234-5678' }],
    },
  ],
  address: {
    lines: ['Sveavägen 12', 'Plan 3'],
    city: 'Stockholm',
    region: '',
    postalCode: '111 57',
    country: 'SE',
  },
  social: { linkedin: 'https://www.linkedin.com/in/astridl', x: 'https://x.com/nordlys' },
  source: { channel: 'event', detail: 'Design week, booth 4' },
  preferredContact: 'phone',
  permissions: { email: false, post: true },
  doNotContact: false,
  verifiedOn: '2026-10-01',
  tags: ['Design', 'Scandinavia, north'],
  notes: 'Invoice via Peppol; not email.\nBackslash \\ kept.',
};

const astrid = studio.contacts[0] as ClientDetails['contacts'][number];

const readBack = async (text: string) => {
  const result = await parseContactsFile(new TextEncoder().encode(text), 'clients.vcf');
  return { result, clients: result.contacts.map((contact) => withoutIds(contact.details)) };
};

describe('vCard export', () => {
  it('writes one card per person, each carrying its organization and address', () => {
    const text = clientsToVCard([studio], '4.0');
    expect(text.match(/BEGIN:VCARD\r\n/g)).toHaveLength(2);
    expect(text).toContain('KIND:individual\r\nFN:Astrid Lindqvist\r\nN:Lindqvist;Astrid;;;\r\n');
    expect(text).toContain('ORG:Nordlys Design AB\\; Oslo\\, Norway\r\n');
    expect(text).toContain('TEL;TYPE=cell:+46 70 123 45 67\r\n');
    expect(text).toContain('item1.EMAIL:studio@nordlys.example\r\nitem1.X-ABLabel:Studio\r\n');
    expect(text).toContain('ADR;TYPE=work:;;Sveavägen 12\\nPlan 3;Stockholm;;111 57;Sweden\r\n');
  });

  it('writes a client without people as a company card, in 3.0 the way Apple marks it', () => {
    const company = { ...studio, contacts: [] };
    expect(clientsToVCard([company], '4.0')).toContain(
      'KIND:org\r\nFN:Nordlys Design AB\\; Oslo\\, Norway\r\n',
    );
    expect(clientsToVCard([company], '3.0')).toContain(
      'VERSION:3.0\r\nPRODID:-//Clientele//Clientele//EN\r\nX-ABShowAs:COMPANY\r\n',
    );
  });

  it('folds long lines at 75 bytes without splitting a character', () => {
    const folded = foldLine(`NOTE:${'é'.repeat(60)}`);
    const lines = folded.split('\r\n');
    expect(lines.every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    expect(lines.map((line, index) => (index === 0 ? line : line.slice(1))).join('')).toBe(
      `NOTE:${'é'.repeat(60)}`,
    );
  });

  it.each(['4.0', '3.0'] as const)('reads back as the same client from vCard %s', async (version) => {
    const { result, clients } = await readBack(
      clientsToVCard([studio, { ...studio, contacts: [] }], version),
    );
    expect(result.problems).toEqual([]);
    expect(clients).toEqual([withoutIds(studio), withoutIds({ ...studio, contacts: [] })]);
  });

  it.each(['4.0', '3.0'] as const)(
    'keeps a name suffix on a person known only by email through vCard %s',
    async (version) => {
      const client: ClientDetails = {
        ...studio,
        organization: '',
        contacts: [{ ...astrid, givenName: '', familyName: '', suffix: 'PhD, MBA', prefix: 'Dr.' }],
      };
      const { clients } = await readBack(clientsToVCard([client], version));
      expect(clients[0]?.contacts[0]).toMatchObject({ suffix: 'PhD, MBA', prefix: 'Dr.', givenName: '' });
    },
  );

  it.each(['4.0', '3.0'] as const)(
    'round-trips any client through vCard %s (property)',
    async (version) => {
      await fc.assert(
        fc.asyncProperty(fc.array(clientDetails, { minLength: 1, maxLength: 4 }), async (clients) => {
          const { result, clients: read } = await readBack(clientsToVCard(clients, version));
          expect(result.problems).toEqual([]);
          expect(read).toEqual(clients.map(withoutIds));
        }),
        { numRuns: 100 },
      );
    },
    60_000,
  );

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])(
    'writes the label "%s" as a label of its own, not as a function',
    async (label) => {
      const client: ClientDetails = {
        ...studio,
        contacts: [{ ...astrid, emails: [{ label, value: 'astrid@nordlys.example' }], phones: [] }],
      };
      const text = clientsToVCard([client], '4.0');
      expect(text).not.toContain('function');
      expect(text).toContain(`item1.EMAIL:astrid@nordlys.example\r\nitem1.X-ABLabel:${label}\r\n`);
      const { clients } = await readBack(text);
      expect(clients[0]?.contacts[0]?.emails).toEqual([{ label, value: 'astrid@nordlys.example' }]);
    },
  );

  it.each([
    ['line separator', '\u2028'],
    ['paragraph separator', '\u2029'],
    ['next line', '\u0085'],
    ['vertical tab', '\v'],
    ['form feed', '\f'],
  ])('escapes a %s in a note so the card keeps one line per property', (_name, separator) => {
    const text = clientsToVCard([{ ...studio, notes: `first${separator}second` }], '4.0');
    expect(text).toContain('NOTE:first\\nsecond\r\n');
    expect(text).not.toContain(separator);
  });
});
