import { readFileSync } from 'node:fs';
import { type ImportedContact, type ParseContactsResult, parseContactsFile } from '@shared/import';
import { describe, expect, it } from 'vitest';

const fixtures = new URL('../../../fixtures/contacts/', import.meta.url);

async function parseFixture(name: string): Promise<ParseContactsResult> {
  return parseContactsFile(new Uint8Array(readFileSync(new URL(name, fixtures))), name);
}

/** What a person checks in the preview: who, which organization, how to reach them. */
function summary(contact: ImportedContact) {
  const { details } = contact;
  return {
    row: contact.row,
    kind: details.kind,
    organization: details.organization,
    people: details.contacts.map((person) => ({
      name: `${person.givenName} / ${person.familyName}`,
      jobTitle: person.jobTitle,
      emails: person.emails.map((email) => `${email.label}: ${email.value}`),
      phones: person.phones.map((phone) => `${phone.label}: ${phone.value}`),
    })),
    address: [
      ...details.address.lines,
      details.address.postalCode,
      details.address.city,
      details.address.region,
      details.address.country,
    ]
      .filter(Boolean)
      .join(' | '),
  };
}

describe('Google Contacts CSV', () => {
  it('reads the current layout: numbered groups, " ::: " values, labels and custom fields', async () => {
    const result = await parseFixture('google.csv');
    expect([result.source, result.encoding, result.delimiter]).toEqual(['google', 'utf-8', ',']);
    expect(result.contacts.map(summary)[0]).toEqual({
      row: 2,
      kind: 'b2b',
      organization: 'Atelier Lumière',
      people: [
        {
          name: 'François / Lefèvre',
          jobTitle: 'Directeur artistique',
          emails: ['work: francois@atelier-lumiere.fr', 'work: f.lefevre@atelier-lumiere.fr'],
          phones: ['mobile: +33 6 12 34 56 78'],
        },
      ],
      address: '12 rue des Lilas | 75011 | Paris | FR',
    });
    const [francois, zoe, misaki] = result.contacts.map((contact) => contact.details);
    expect(francois?.tags).toEqual(['Clients']);
    expect(francois?.website).toBe('https://atelier-lumiere.fr/');
    expect(francois?.notes).toBe(
      'Met at Paris Design Week.\nPrefers calls after 10am.\nReferred by: Ana Ruiz',
    );
    expect(zoe?.tags).toEqual(['Starred']);
    expect(zoe?.kind).toBe('b2c');
    expect(misaki?.contacts[0]).toMatchObject({ givenName: '美咲', familyName: '佐藤' });
  });

  it('keeps an invalid email in the notes and reports it with its row and column', async () => {
    const result = await parseFixture('google.csv');
    const jonas = result.contacts.find((contact) => contact.row === 5);
    expect(jonas?.details.contacts[0]).toMatchObject({
      givenName: 'Jonas',
      familyName: 'Weiß',
      suffix: 'Jr.',
      emails: [],
    });
    expect(jonas?.details.notes).toBe('Email: jonas.weiss(at)example.de');
    expect(result.problems).toEqual([
      expect.objectContaining({
        row: 5,
        field: 'E-mail 1 - Value',
        severity: 'warning',
        value: 'jonas.weiss(at)example.de',
      }),
    ]);
  });

  it('reads the older layout in UTF-16 with its LinkedIn website', async () => {
    const result = await parseFixture('google-legacy-utf16le.csv');
    expect([result.source, result.encoding]).toEqual(['google-legacy', 'utf-16le']);
    const [ana, lukasz] = result.contacts;
    expect(ana && summary(ana)).toMatchObject({
      organization: 'Ruiz Estudio',
      people: [
        { name: 'Ana María / Ruiz', emails: ['work: ana@ruiz-estudio.es', 'home: anamaria.ruiz@example.es'] },
      ],
      address: 'Calle de Alcalá 42 | 28014 | Madrid | ES',
    });
    expect(ana?.details.social.linkedin).toBe('https://www.linkedin.com/in/anamariaruiz');
    expect(lukasz?.details.contacts[0]?.givenName).toBe('Łukasz');
  });
});

describe('Outlook CSV', () => {
  it('reads the desktop export in Windows-1252: business address for a business, the other in the notes', async () => {
    const result = await parseFixture('outlook.csv');
    expect([result.source, result.encoding]).toEqual(['outlook', 'windows-1252']);
    const [renee, bjorn] = result.contacts;
    expect(renee && summary(renee)).toEqual({
      row: 2,
      kind: 'b2b',
      organization: 'Müller & Söhne GmbH',
      people: [
        {
          name: 'Renée / Müller',
          jobTitle: 'Geschäftsführerin',
          emails: [': renee.mueller@mueller-soehne.de'],
          phones: ['work: +49 711 123456', 'mobile: +49 170 1234567'],
        },
      ],
      address: 'Königstraße 5 | 3. OG | 70173 | Stuttgart | DE',
    });
    expect(renee?.details.tags).toEqual(['Kunden', 'Messe 2025']);
    // Outlook's "Title" and "Department" are the person's name prefix and the client's department.
    expect(renee?.details.department).toBe('Einkauf');
    expect(renee?.details.contacts[0]?.prefix).toBe('Dr.');
    expect(renee?.details.source).toEqual({ channel: 'referral', detail: 'Jörg Straßer' });
    expect(renee?.details.notes.split('\n')).toEqual([
      'Zahlungsziel 30 Tage.',
      'Rechnung per Post.',
      'Birthday: 3/14/1975',
      'Home address: Gartenweg 2, 73728 Esslingen, Germany',
    ]);
    expect(bjorn && summary(bjorn)).toMatchObject({
      kind: 'b2c',
      address: 'Storgatan 1 | 211 34 | Malmö | SE',
    });
    expect(bjorn?.details.notes).toBe('Budget 5 000 €');
    expect(result.problems).toEqual([]);
  });

  it('reads the Outlook.com export', async () => {
    const result = await parseFixture('outlook-com.csv');
    expect(result.source).toBe('outlook-com');
    expect(result.contacts.map(summary)).toEqual([
      expect.objectContaining({
        organization: 'Raman Consulting',
        address: '14 MG Road | 560001 | Bengaluru | Karnataka | IN',
      }),
      expect.objectContaining({
        people: [expect.objectContaining({ name: "Seán / O'Brien", phones: ['home: +353 1 234 5678'] })],
      }),
    ]);
  });
});

describe('other tools', () => {
  it("reads LinkedIn's Connections.csv below its notes, with profile links and without emails", async () => {
    const result = await parseFixture('linkedin-connections.csv');
    expect([result.source, result.headerRow]).toEqual(['linkedin', 4]);
    expect(
      result.contacts.map((contact) => [
        contact.row,
        contact.details.contacts[0]?.givenName,
        contact.details.social.linkedin,
      ]),
    ).toEqual([
      [5, 'Ana', 'https://www.linkedin.com/in/ana-ruiz-123'],
      [6, 'Дмитрий', 'https://www.linkedin.com/in/dmitry-ivanov'],
      [7, 'Chen', 'https://www.linkedin.com/in/chenwei'],
    ]);
    expect(result.contacts[0]?.details.notes).toBe('Connected On: 12 Nov 2025');
  });

  it('reads Thunderbird, whose lines end with a comma', async () => {
    const result = await parseFixture('thunderbird.csv');
    expect(result.source).toBe('thunderbird');
    expect(result.contacts.map(summary)).toEqual([
      expect.objectContaining({
        organization: 'Dubois Traduction',
        address: '5 place Bellecour | 69002 | Lyon | FR',
      }),
      expect.objectContaining({
        people: [
          expect.objectContaining({
            name: 'Kenji / Tanaka',
            emails: [': kenji@example.jp', ': k.tanaka@example.com'],
          }),
        ],
      }),
    ]);
    expect(result.problems).toEqual([]);
  });

  it('reads HubSpot, taking its original source as how the client found you', async () => {
    const result = await parseFixture('hubspot.csv');
    expect(result.source).toBe('hubspot');
    expect(result.contacts[0]?.details).toMatchObject({
      organization: 'Cobol Inc.',
      website: 'https://cobol.example/',
      source: { channel: 'website', detail: '' },
      notes: 'Lifecycle Stage: Customer',
    });
  });

  it('reads Mailchimp: one-line address, quoted tags, and an unsubscribe as no email permission', async () => {
    const result = await parseFixture('mailchimp-unsubscribed.csv');
    expect(result.source).toBe('mailchimp');
    expect(result.contacts[0]?.details).toMatchObject({
      address: {
        lines: ['Rua Augusta 100', '2º Esq'],
        city: 'Lisboa',
        postalCode: '1100-053',
        country: 'PT',
      },
      tags: ['Workshop 2024', 'VIP'],
      permissions: { email: false, post: 'unknown' },
    });
  });
});

describe('spreadsheets, encodings and delimiters', () => {
  it('reads a German Excel file: semicolons, Windows-1252, German column names', async () => {
    const result = await parseFixture('excel-semicolon-windows1252.csv');
    expect([result.source, result.encoding, result.delimiter]).toEqual(['generic', 'windows-1252', ';']);
    expect(result.contacts.map(summary)[0]).toEqual({
      row: 2,
      kind: 'b2b',
      organization: 'Groß & Partner',
      people: [
        {
          name: 'Jürgen / Groß',
          jobTitle: '',
          emails: [': juergen@gross-partner.de'],
          phones: [': +49 89 1234567'],
        },
      ],
      address: 'Maximilianstraße 1 | 80539 | München | DE',
    });
    expect(result.contacts[0]?.details.notes).toBe('Angebot über 2.500 €; Zahlung in 2 Raten');
    expect(result.contacts[1]?.details.address).toMatchObject({ city: 'Genève', country: 'CH' });
  });

  it('reads a tab-separated file with a full-name column', async () => {
    const result = await parseFixture('tab-delimited.tsv');
    expect(result.delimiter).toBe('\t');
    expect(result.contacts[0]?.details).toMatchObject({
      organization: 'Lagos Prints',
      contacts: [expect.objectContaining({ givenName: 'Olúwaseun', familyName: 'Adébáyọ̀' })],
      tags: ['print', 'referral'],
      address: expect.objectContaining({ country: 'NG' }),
    });
  });

  it('reads UTF-16 big-endian', async () => {
    const result = await parseFixture('utf16be.csv');
    expect(result.encoding).toBe('utf-16be');
    expect(result.contacts.map((contact) => contact.details.contacts[0]?.familyName)).toEqual([
      'Παπαδοπούλου',
      'Kierkegaard',
    ]);
  });
});
