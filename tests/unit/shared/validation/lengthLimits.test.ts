import { validateClient } from '@shared/clients/validateClient';
import { parseContactsFile } from '@shared/import';
import { lengthCounterText, maxLengths, showsCounter } from '@shared/validation/lengthLimits';
import { describe, expect, it } from 'vitest';
import { client, person } from '../../support/clients';

describe('length limits of client fields', () => {
  it('refuses a 5,000-character name in the form, at its field', () => {
    const details = client({
      kind: 'b2c',
      organization: '',
      contacts: [person({ givenName: 'A'.repeat(5000) })],
    });
    expect(validateClient(details, '2026-11-30')['contacts.0.givenName']).toBe(
      'Given name is 5,000 characters long; the most is 100.',
    );
  });

  it('accepts every field at exactly its limit', () => {
    const details = client({
      organization: 'O'.repeat(maxLengths.organization),
      contacts: [
        person({ givenName: 'G'.repeat(100), familyName: 'F'.repeat(100), jobTitle: 'J'.repeat(120) }),
      ],
      notes: 'N'.repeat(maxLengths.notes),
    });
    expect(validateClient(details, '2026-11-30')).toEqual({});
  });

  it('names each over-long field: organization, title, street line, city, notes', () => {
    const details = client({
      organization: 'O'.repeat(201),
      contacts: [person({ givenName: 'Ana', jobTitle: 'J'.repeat(121) })],
      address: {
        lines: ['ok', 'S'.repeat(121)],
        city: 'C'.repeat(101),
        region: '',
        postalCode: '',
        country: '',
      },
      notes: 'N'.repeat(20_001),
    });
    expect(Object.keys(validateClient(details, '2026-11-30')).sort()).toEqual([
      'address.city',
      'address.lines.1',
      'contacts.0.jobTitle',
      'notes',
      'organization',
    ]);
  });

  it('shows a counter from 80% of the limit, and says how far over it is', () => {
    expect(showsCounter(79, 100)).toBe(false);
    expect(showsCounter(80, 100)).toBe(true);
    expect(lengthCounterText(92, 100)).toBe('92 of 100 characters');
    expect(lengthCounterText(5000, 100)).toBe('5,000 characters: 4,900 over the limit of 100');
  });

  it('makes an over-long value in an import a problem of its row and field, not a silent cut', async () => {
    const csv = `Name,Email,Organization\nAna Ruiz,ana@example.com,${'X'.repeat(250)}\nBo Li,bo@example.com,Acme\n`;
    const result = await parseContactsFile(new TextEncoder().encode(csv), 'long.csv');
    expect(result.contacts.map((contact) => contact.row)).toEqual([3]);
    expect(result.problems).toEqual([
      expect.objectContaining({
        row: 2,
        field: 'Organization',
        severity: 'error',
        message:
          'Organization is 250 characters long; the most is 200. Shorten it in the file, then import the row again.',
      }),
    ]);
  });
});
