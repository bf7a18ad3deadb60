import { readFileSync } from 'node:fs';
import { fullPersonName } from '@shared/clients/names';
import { parseContactsFile } from '@shared/import';
import { describe, expect, it } from 'vitest';

const corpus = new URL('../../../fixtures/contacts/corpus/', import.meta.url);

/**
 * vCards in the shapes each address book writes (written for these tests, not copied): how
 * many contacts each gives, how many warnings, and the first contact's name, organization,
 * department and first phone.
 */
const expectations = [
  ['ios.vcf', 1, 1, 'Dr. Astrid Maria Lindqvist', 'Nordlys Design AB', 'Studio', '+46 70 123 45 67'],
  ['macos.vcf', 2, 0, 'Chidi Okafor', 'Lagos Light Ltd', '', '+234 1 555 0199'],
  ['android.vcf', 2, 0, 'Lucía García', '', '', '+34 612 345 678'],
  ['outlook-2003.vcf', 1, 1, 'Mr. John Quincy Doe Jr.', 'Contoso Ltd', 'Sales', '(425) 555-0100'],
  ['outlook-2007.vcf', 1, 0, 'Petra Schmidt', 'Beispiel GmbH', 'Einkauf', '+49 30 1234567'],
  ['evolution.vcf', 1, 0, 'Marco Rossi', 'Studio Rossi', '', '+39 02 555 1234'],
  ['lotus-notes.vcf', 1, 0, 'Ms. Yuki Tanaka', 'Sakura Trading', 'Export', '+81 3-5555-0101'],
  ['blackberry.vcf', 1, 0, 'Minh Nguyen', 'Saigon Freight', '', '+84 28 5555 0110'],
  ['gmail.vcf', 1, 0, 'Ana Ruiz', 'Ruiz Estudio', '', '+34 600 123 456'],
  ['thunderbird.vcf', 1, 0, 'Emma Wilson', 'Wilson & Co', '', '+44 161 555 0123'],
  ['rfc2426-shape.vcf', 1, 0, 'Frank Dahl', 'Example Mail Inc.', 'Research, Messaging', '+1-919-555-0170'],
  [
    'rfc6350-shape.vcf',
    1,
    0,
    'Sophie Tremblay ing. jr M.Sc.',
    'Université Exemple',
    'Génie logiciel',
    '+1 418-656-9254 ext. 102',
  ],
] as const;

describe('vCards from every address book', () => {
  it.each(expectations)(
    '%s: %i contacts, %i warnings',
    async (file, contacts, warnings, name, organization, department, phone) => {
      const result = await parseContactsFile(new Uint8Array(readFileSync(new URL(file, corpus))), file);
      expect(result.contacts).toHaveLength(contacts);
      expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
      expect(result.problems.filter((problem) => problem.severity === 'warning')).toHaveLength(warnings);
      const first = result.contacts[0]?.details;
      const person = first?.contacts[0];
      expect(person && fullPersonName(person)).toBe(name);
      expect(first?.organization).toBe(organization);
      expect(first?.department ?? '').toBe(department);
      expect(person?.phones[0]?.value).toBe(phone);
    },
  );

  it('notes a photo once per card, however many lines it is folded over, even with CR CR LF line ends', async () => {
    const result = await parseContactsFile(
      new Uint8Array(readFileSync(new URL('ios.vcf', corpus))),
      'ios.vcf',
    );
    expect(result.problems).toEqual([
      expect.objectContaining({
        row: 1,
        field: 'PHOTO',
        message: expect.stringMatching(/photo .* not imported/),
      }),
    ]);
  });

  it('keeps TITLE as the job title and ROLE beside it in the notes', async () => {
    const result = await parseContactsFile(
      new Uint8Array(readFileSync(new URL('evolution.vcf', corpus))),
      'evolution.vcf',
    );
    expect(result.contacts[0]?.details).toMatchObject({ notes: 'Role: Partner' });
    expect(result.contacts[0]?.details.contacts[0]?.jobTitle).toBe('Architect');
  });
});
