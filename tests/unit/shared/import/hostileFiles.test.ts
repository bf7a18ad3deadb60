import { parseContactsFile } from '@shared/import';
import { unfoldLines } from '@shared/import/vcard/contentLines';
import { describe, expect, it } from 'vitest';
import { type HostileShape, hostileFile, hostileShapes } from '../../../support/hostileFiles';

const small = 100 * 1024;
const large = 400 * 1024;
const runs = 3;

/**
 * The best of a few runs, in milliseconds of CPU this process spent: wall-clock time on a
 * shared machine also counts the time other programs had the core.
 */
async function bestMillis(shape: HostileShape, size: number): Promise<number> {
  const file = hostileFile(shape, size);
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run += 1) {
    const before = process.cpuUsage();
    await parseContactsFile(file.bytes, file.name);
    const spent = process.cpuUsage(before);
    best = Math.min(best, (spent.user + spent.system) / 1000);
  }
  return best;
}

describe('hostile files are read in time that grows with their size, not its square', () => {
  // Four times the input takes about four times as long when the work is linear and sixteen
  // times when it is quadratic; the bound sits between, far from both, so a loaded machine
  // does not fail it. Times under a few milliseconds are rounded up: they measure nothing.
  for (const shape of hostileShapes) {
    it(shape, async () => {
      await bestMillis(shape, small / 4);
      const smallMillis = await bestMillis(shape, small);
      const largeMillis = await bestMillis(shape, large);
      expect(Math.max(largeMillis, 5) / Math.max(smallMillis, 5)).toBeLessThan(8);
    }, 120_000);
  }
});

describe('what hostile files still give', () => {
  it('reads a quoted-printable value folded over thousands of lines whole', async () => {
    // 50 KiB of quoted-printable unfolds to about 15,500 characters: under the notes limit, so
    // the whole value must arrive (a longer note is refused as a row problem, as any field).
    const file = hostileFile('quoted-printable folding', 50 * 1024);
    const result = await parseContactsFile(file.bytes, file.name);
    expect(result.contacts).toHaveLength(1);
    expect(result.contacts[0]?.details.notes).toMatch(/^(ABCDEFGHIJ)+end$/);
  });

  it('keeps every row of a file whose every row leaves a quote open, each with one warning', async () => {
    const file = hostileFile('unclosed quote on every row', small);
    const rowCount = new TextDecoder().decode(file.bytes).split('\n').length - 2;
    const result = await parseContactsFile(file.bytes, file.name);
    expect(result.contacts).toHaveLength(rowCount);
    expect(result.contacts.at(-1)?.details.notes).toBe('never closed');
    expect(result.problems).toHaveLength(rowCount);
    expect(result.problems[rowCount - 1]).toMatchObject({
      row: rowCount + 1,
      field: 'Notes',
      message: expect.stringMatching(/never closed/),
    });
  });

  it('reads a row with a quote left open after rows of them, and the good rows between', async () => {
    const text = [
      'Name,Email,Notes',
      'Ana,a@example.com,"open',
      'Bo,"b@example.com","closed"',
      'Cy,c@example.com,"open',
    ].join('\n');
    const result = await parseContactsFile(new TextEncoder().encode(text), 'contacts.csv');
    expect(result.contacts.map((contact) => contact.details.notes)).toEqual(['open', 'closed', 'open']);
    expect(result.problems.map((problem) => problem.row)).toEqual([2, 4]);
  });

  it('reads CR CR LF, CR and LF line ends alike', () => {
    for (const end of ['\r\r\n', '\r\n', '\r', '\n']) {
      const lines = unfoldLines(['BEGIN:VCARD', 'PHOTO;ENCODING=b:AAAA', ' BBBB', 'END:VCARD'].join(end));
      expect(lines.map((line) => line.text)).toEqual([
        'BEGIN:VCARD',
        'PHOTO;ENCODING=b:AAAABBBB',
        'END:VCARD',
      ]);
    }
  });
});
