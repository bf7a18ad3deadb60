import { readFileSync } from 'node:fs';
import { parseContactsFile } from '@shared/import';
import { describe, expect, it } from 'vitest';

const fixtures = new URL('../../../fixtures/contacts/', import.meta.url);
const parseFixture = (name: string) =>
  parseContactsFile(new Uint8Array(readFileSync(new URL(name, fixtures))), name);
const parseText = (text: string, name = 'contacts.vcf') =>
  parseContactsFile(new TextEncoder().encode(text), name);

describe('vCard files', () => {
  it('reads vCard 2.1: quoted-printable with soft line breaks, UTF-8 and ISO-8859-1 charsets', async () => {
    const result = await parseFixture('vcard21-quoted-printable.vcf');
    expect([result.format, result.vcardVersion]).toEqual(['vcard', '2.1']);
    const [joerg, lucia] = result.contacts.map((contact) => contact.details);
    expect(joerg).toMatchObject({
      kind: 'b2b',
      organization: 'Müller Bau',
      contacts: [
        expect.objectContaining({
          givenName: 'Jörg',
          familyName: 'Müller',
          emails: [{ label: '', value: 'joerg@mueller-bau.de' }],
          phones: [
            { label: 'work', value: '+49 30 1234567' },
            { label: 'mobile', value: '+49 171 2345678' },
          ],
        }),
      ],
      address: {
        lines: ['Friedrichstraße 10'],
        city: 'Berlin',
        region: '',
        postalCode: '10117',
        country: 'DE',
      },
      department: 'Planung',
      notes: 'Erstes Gespräch am Montag.\nAngebot folgt, bitte nachfassen.',
    });
    expect(lucia?.contacts[0]).toMatchObject({ givenName: 'Lucía', familyName: 'García' });
    expect(result.contacts.map((contact) => contact.row)).toEqual([1, 14]);
  });

  it('reads Apple Contacts 3.0: custom labels, folded lines, escaped commas, a company card', async () => {
    const result = await parseFixture('vcard30-apple.vcf');
    const [astrid, cafe, robert] = result.contacts.map((contact) => contact.details);
    expect(astrid).toMatchObject({
      organization: 'Nordlys Design AB',
      website: 'https://nordlys.example/',
      social: { linkedin: 'https://www.linkedin.com/in/astridl' },
      tags: ['Clients', 'Design'],
      address: { lines: ['Sveavägen 12', 'Plan 3'], city: 'Stockholm', postalCode: '111 57', country: 'SE' },
      notes:
        'Invoice via Peppol, not email. Long note that goes on and on so that this line is folded the way Apple folds lines at 75 characters.',
    });
    expect(astrid?.contacts[0]?.emails).toEqual([
      { label: 'Studio', value: 'astrid@nordlys.example' },
      { label: 'home', value: 'astrid.l@example.se' },
    ]);
    expect(cafe).toMatchObject({
      kind: 'b2b',
      organization: 'Kaffebrygghuset',
      contacts: [
        expect.objectContaining({
          givenName: '',
          familyName: '',
          emails: [{ label: 'work', value: 'hej@kaffebrygghuset.example' }],
        }),
      ],
    });
    expect(robert?.contacts[0]).toMatchObject({ givenName: 'Robert', familyName: 'Smith, Jr.' });
  });

  it('reads vCard 4.0: tel: URIs, quoted type lists, an organization card, and skips group cards', async () => {
    const result = await parseFixture('vcard40.vcf');
    expect(result.contacts).toHaveLength(2);
    const [amara, city] = result.contacts.map((contact) => contact.details);
    expect(amara?.contacts[0]?.phones).toEqual([
      { label: 'work', value: '+44 20-7946-0958' },
      { label: 'mobile', value: '+44 7700-900123' },
    ]);
    expect(amara?.tags).toEqual(['Architecture', 'Referral']);
    expect(city).toMatchObject({
      kind: 'b2g',
      organization: 'City of Springfield',
      address: expect.objectContaining({ region: 'IL', country: 'US' }),
    });
  });

  it('reports broken cards by line and still reads the good ones', async () => {
    const result = await parseFixture('broken-cards.vcf');
    expect(
      result.contacts.map((contact) => [contact.row, contact.details.contacts[0]?.emails[0]?.value]),
    ).toEqual([
      [1, 'good@example.com'],
      [6, 'unclosed@example.com'],
      [15, 'last@example.com'],
    ]);
    expect(result.problems.map((problem) => [problem.row, problem.severity])).toEqual([
      [6, 'warning'],
      [8, 'warning'],
      [11, 'error'],
      [15, 'warning'],
    ]);
  });

  it('recognises a vCard by its content whatever the file is called', async () => {
    const result = await parseText(
      'BEGIN:VCARD\nVERSION:3.0\nFN:Ana Ruiz\nEMAIL:ana@example.com\nEND:VCARD\n',
      'export.txt',
    );
    expect(result.format).toBe('vcard');
    expect(result.contacts[0]?.details.contacts[0]).toMatchObject({ givenName: 'Ana', familyName: 'Ruiz' });
  });

  it('says so when a .vcf file holds no cards', async () => {
    const result = await parseText('Name,Email\nAna,ana@example.com\n', 'contacts.vcf');
    expect(result.contacts).toEqual([]);
    expect(result.problems[0]?.message).toMatch(/no vCards/);
  });

  it('does not take an email in FN for a name', async () => {
    const result = await parseText(
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:ana@example.com\r\nEMAIL:ana@example.com\r\nEND:VCARD\r\n',
    );
    expect(result.contacts[0]?.details.contacts[0]).toMatchObject({
      givenName: '',
      familyName: '',
      emails: [{ label: '', value: 'ana@example.com' }],
    });
  });
});
