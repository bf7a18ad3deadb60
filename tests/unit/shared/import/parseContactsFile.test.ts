import { readFileSync } from 'node:fs';
import { type ColumnMapping, parseContactsFile } from '@shared/import';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { googleContactsCsv } from '../../../support/googleContactsCsv';

const fixtures = new URL('../../../fixtures/contacts/', import.meta.url);
const fixtureBytes = (name: string) => new Uint8Array(readFileSync(new URL(name, fixtures)));
const bytesOf = (text: string) => new TextEncoder().encode(text);

describe('broken files', () => {
  it('rejects binary junk, an empty file and a header without rows with one clear problem', async () => {
    for (const [name, message] of [
      ['binary-junk.bin', /not text/],
      ['empty.csv', /empty/],
      ['header-only.csv', /header row but no contacts/],
    ] as const) {
      const result = await parseContactsFile(fixtureBytes(name), name);
      expect(result.contacts).toEqual([]);
      expect(result.problems).toEqual([
        expect.objectContaining({ row: 0, severity: 'error', message: expect.stringMatching(message) }),
      ]);
    }
  });

  // Issue 11: a value over its length limit is a row problem (row and field named), never cut.
  it('reads a 1 MB field whole, refuses its row as too long, and reads the row after it', async () => {
    const result = await parseContactsFile(fixtureBytes('huge-field.csv'), 'huge-field.csv');
    expect(result.contacts.map((contact) => contact.details.contacts[0]?.emails[0]?.value)).toEqual([
      'after@example.com',
    ]);
    expect(result.contacts[0]?.row).toBe(3);
    expect(result.problems).toEqual([
      expect.objectContaining({
        row: 2,
        field: 'Notes',
        severity: 'error',
        message: expect.stringMatching(/^Notes is 1,0\d\d,\d{3} characters long; the most is 20,000\./),
      }),
    ]);
  });

  it('imports the good rows of a file with ragged rows and lists the others', async () => {
    const result = await parseContactsFile(fixtureBytes('ragged-rows.csv'), 'ragged-rows.csv');
    expect(result.contacts.map((contact) => contact.row)).toEqual([2, 4, 6, 7]);
    expect(result.problems.map((problem) => [problem.row, problem.severity, problem.field])).toEqual([
      [3, 'error', ''],
      [4, 'warning', ''],
      [6, 'warning', 'Email'],
      [7, 'warning', 'Email'],
    ]);
  });

  it('refuses a row with no name, organization or email', async () => {
    const result = await parseContactsFile(
      bytesOf('Name,Email,Phone\n,,+1 555 0100\nAna,,\n'),
      'contacts.csv',
    );
    expect(result.contacts.map((contact) => contact.row)).toEqual([3]);
    expect(result.problems).toEqual([
      expect.objectContaining({ row: 2, severity: 'error', message: expect.stringMatching(/no name/) }),
    ]);
  });

  it('asks for a mapping when no column holds a name, organization or email', async () => {
    const result = await parseContactsFile(bytesOf('Colour,Size\nred,L\n'), 'contacts.csv');
    expect(result.contacts).toEqual([]);
    expect(result.problems[0]?.message).toMatch(/Choose which columns/);
    expect(result.header).toEqual(['Colour', 'Size']);
  });

  it('never throws, whatever the bytes (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        const result = await parseContactsFile(bytes, 'file.csv');
        expect(Array.isArray(result.contacts) && Array.isArray(result.problems)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws, whatever the text, as CSV or vCard (property)', async () => {
    const csvish = fc.string({
      unit: fc.constantFrom(
        'a',
        'É',
        '@',
        '.',
        ',',
        ';',
        '\t',
        '"',
        '\n',
        '\r',
        ' ',
        '=',
        ':',
        'Name',
        'Email',
        'BEGIN:VCARD',
        'END:VCARD',
        'N:',
        ';CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:',
        '=C3=A9',
        '=\r\n',
      ),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string(), csvish),
        fc.constantFrom('a.csv', 'a.vcf'),
        async (text, name) => {
          const result = await parseContactsFile(bytesOf(text), name);
          for (const contact of result.contacts) expect(contact.row).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('choices the preview offers', () => {
  const csv = bytesOf(
    'Name,Company,Mail\nAna Ruiz,Ruiz Estudio,ana@example.com\nBob Stone,,bob@example.com\n',
  );

  it('guesses the kind from the organization, or uses the one chosen for the batch', async () => {
    const guessed = await parseContactsFile(csv, 'contacts.csv');
    expect(guessed.contacts.map((contact) => contact.details.kind)).toEqual(['b2b', 'b2c']);
    const chosen = await parseContactsFile(csv, 'contacts.csv', { kind: 'b2g' });
    expect(chosen.contacts.map((contact) => contact.details.kind)).toEqual(['b2g', 'b2g']);
  });

  it('adds the batch tag to every client', async () => {
    const result = await parseContactsFile(csv, 'contacts.csv', {
      batchTag: 'Imported from a spreadsheet 2026-11',
    });
    expect(result.contacts.map((contact) => [contact.details.tags, contact.batchTag])).toEqual([
      [['Imported from a spreadsheet 2026-11'], 'Imported from a spreadsheet 2026-11'],
      [['Imported from a spreadsheet 2026-11'], 'Imported from a spreadsheet 2026-11'],
    ]);
  });

  it('follows a changed mapping: a column ignored, another sent to the notes', async () => {
    const mapping: ColumnMapping[] = [
      { field: 'fullName' },
      { field: 'labelledNote' },
      { field: 'email', label: 'work' },
    ];
    const result = await parseContactsFile(csv, 'contacts.csv', { mapping });
    expect(result.contacts[0]?.details).toMatchObject({
      kind: 'b2c',
      organization: '',
      notes: 'Company: Ruiz Estudio',
      contacts: [expect.objectContaining({ emails: [{ label: 'work', value: 'ana@example.com' }] })],
    });
    const ignoring = await parseContactsFile(csv, 'contacts.csv', {
      mapping: [{ field: 'fullName' }, { field: 'ignore' }, { field: 'email' }],
    });
    expect(ignoring.contacts[0]?.details.notes).toBe('');
  });

  it('reads the file as the source the user picks', async () => {
    const text = bytesOf('Title,First Name,Last Name,E-mail Address\nDr.,Ana,Ruiz,ana@example.com\n');
    const generic = await parseContactsFile(text, 'contacts.csv');
    expect(generic.contacts[0]?.details.contacts[0]?.jobTitle).toBe('Dr.');
    const outlook = await parseContactsFile(text, 'contacts.csv', { source: 'outlook' });
    expect(outlook.contacts[0]?.details).toMatchObject({
      notes: '',
      contacts: [expect.objectContaining({ prefix: 'Dr.', jobTitle: '' })],
    });
  });

  it('returns the header, the mapping and the first rows for the mapping step', async () => {
    const result = await parseContactsFile(csv, 'contacts.csv');
    expect(result.header).toEqual(['Name', 'Company', 'Mail']);
    expect(result.mapping.map((column) => column.field)).toEqual(['fullName', 'organization', 'email']);
    expect(result.sampleRows[0]).toEqual(['Ana Ruiz', 'Ruiz Estudio', 'ana@example.com']);
  });
});

describe('progress and cancel', () => {
  const big = bytesOf(googleContactsCsv(3000, 5));

  it('reports progress between 0 and 1, never going back, ending at 1', async () => {
    const fractions: number[] = [];
    const result = await parseContactsFile(big, 'contacts.csv', {
      onProgress: (fraction) => fractions.push(fraction),
    });
    expect(result.contacts).toHaveLength(3000);
    expect(fractions.at(-1)).toBe(1);
    expect(
      fractions.every(
        (fraction, index) => fraction >= 0 && fraction <= 1 && fraction >= (fractions[index - 1] ?? 0),
      ),
    ).toBe(true);
  });

  it('rejects with an abort error when cancelled', async () => {
    const controller = new AbortController();
    const parsing = parseContactsFile(big, 'contacts.csv', { signal: controller.signal });
    controller.abort();
    await expect(parsing).rejects.toMatchObject({ name: 'AbortError' });
  });
});
