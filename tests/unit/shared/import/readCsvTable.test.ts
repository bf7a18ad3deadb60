import { readCsvTable } from '@shared/import';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const cellsOf = (table: Awaited<ReturnType<typeof readCsvTable>>) =>
  table.records.map((record) => record.cells);

describe('readCsvTable', () => {
  it('detects comma, semicolon and tab delimiters, and obeys an override', async () => {
    expect((await readCsvTable('Name,Email\nAna,ana@example.com\n')).delimiter).toBe(',');
    expect((await readCsvTable('Name;Notes\nAna;"Ruiz, Ana"\nBob;"Stone, Bob"\n')).delimiter).toBe(';');
    expect((await readCsvTable('Name\tEmail\nAna\tana@example.com\n')).delimiter).toBe('\t');
    const forced = await readCsvTable('Name;Email\nAna;ana@example.com\n', { delimiter: ',' });
    expect(forced.header).toEqual(['Name;Email']);
  });

  it("obeys Excel's sep= first line", async () => {
    const table = await readCsvTable('sep=;\r\nName;City\r\nAna;Madrid, Centro\r\n');
    expect(table.delimiter).toBe(';');
    expect(table.header).toEqual(['Name', 'City']);
    expect(table.records).toEqual([{ row: 3, cells: ['Ana', 'Madrid, Centro'] }]);
  });

  it('finds the header below a notes paragraph and numbers rows as a spreadsheet shows them', async () => {
    const text =
      'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing, etc."\n\n' +
      'First Name,Last Name,URL\nAna,Ruiz,https://www.linkedin.com/in/ana\nBob,Stone,https://www.linkedin.com/in/bob\n';
    const table = await readCsvTable(text);
    expect(table.headerRow).toBe(4);
    expect(table.header).toEqual(['First Name', 'Last Name', 'URL']);
    expect(table.records.map((record) => record.row)).toEqual([5, 6]);
  });

  it('keeps a quoted line break inside its row, so later row numbers stay right', async () => {
    const table = await readCsvTable('Name,Notes\r\nAna,"line one\r\nline two"\r\n\r\nBob,short\r\n');
    expect(table.records).toEqual([
      { row: 2, cells: ['Ana', 'line one\nline two'] },
      { row: 4, cells: ['Bob', 'short'] },
    ]);
  });

  it('closes a quote left open at the end of its line and keeps the rows below', async () => {
    const table = await readCsvTable(
      'Name,Email,Company\nAna,ana@example.com,Ruiz\nBob,"bob@example.com,Stone Ltd\nCara,cara@example.com,Diaz\nDan,dan@example.com,"Wu, Inc."\n',
    );
    expect(cellsOf(table)).toEqual([
      ['Ana', 'ana@example.com', 'Ruiz'],
      ['Bob', 'bob@example.com', 'Stone Ltd'],
      ['Cara', 'cara@example.com', 'Diaz'],
      ['Dan', 'dan@example.com', 'Wu, Inc.'],
    ]);
    expect(table.problems).toEqual([
      expect.objectContaining({ row: 3, field: 'Email', severity: 'warning' }),
    ]);
  });

  it('closes a quote that runs to the end of the file', async () => {
    const table = await readCsvTable('Name,Email\nAna,ana@example.com\nBob,"bob@example.com');
    expect(cellsOf(table)).toEqual([
      ['Ana', 'ana@example.com'],
      ['Bob', 'bob@example.com'],
    ]);
    expect(table.problems.map((problem) => problem.row)).toEqual([3]);
  });

  it('refuses a row with more values than columns and reads short rows as empty', async () => {
    const table = await readCsvTable(
      'Name,Email,Company\nRuiz, Ana,ana@example.com,Ruiz\nBob,bob@example.com\nCara,c@example.com,Diaz,\n',
    );
    expect(cellsOf(table)).toEqual([
      ['Bob', 'bob@example.com'],
      ['Cara', 'c@example.com', 'Diaz', ''],
    ]);
    expect(table.problems).toEqual([
      expect.objectContaining({
        row: 2,
        severity: 'error',
        message: expect.stringMatching(/4 values.*3 columns/),
      }),
      expect.objectContaining({ row: 3, severity: 'warning' }),
    ]);
  });

  it('reads a field larger than a chunk whole', async () => {
    const big = 'x'.repeat(5000);
    const table = await readCsvTable(`Name,Notes\nAna,"${big}"\nBob,small\n`, { chunkChars: 256 });
    expect(cellsOf(table)).toEqual([
      ['Ana', big],
      ['Bob', 'small'],
    ]);
  });

  it('reads the same rows whatever the chunk size (property)', async () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'é', ' ', ',', '"', '\n', '\r\n', ';', '1') });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 16, max: 80 }),
        async (rows, chunkChars) => {
          const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
          const text = `A,B,C\r\n${rows.map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`;
          const table = await readCsvTable(text, { chunkChars, delimiter: ',' });
          const expected = rows
            .map((row) => row.map((value) => value.replace(/\r\n?/g, '\n')))
            .filter((row) => row.some((value) => value.trim() !== ''));
          expect(cellsOf(table)).toEqual(expected);
          expect(table.problems).toEqual([]);
        },
      ),
    );
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    const text = `Name,Email\n${'Ana,ana@example.com\n'.repeat(2000)}`;
    const reading = readCsvTable(text, { chunkChars: 1000, signal: controller.signal });
    controller.abort();
    await expect(reading).rejects.toThrow(/abort/i);
  });
});
