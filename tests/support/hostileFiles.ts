/**
 * Contacts files built to be slow to read: each shape once made the reader take time that grew
 * with the square of the file size. Sizes are in bytes (ASCII text, so characters = bytes).
 */
export const hostileShapes = [
  'quoted-printable folding',
  'quoted-printable soft breaks, no colon',
  'unclosed quote on every row',
  '10,000 columns',
  'one 1 MB field',
  'NUL bytes',
] as const;
export type HostileShape = (typeof hostileShapes)[number];

const encoder = new TextEncoder();

function repeatTo(size: number, head: string, unit: string, tail: string): string {
  const count = Math.max(1, Math.floor((size - head.length - tail.length) / unit.length));
  return head + unit.repeat(count) + tail;
}

/** A file of the given shape, close to `size` bytes. */
export function hostileFile(shape: HostileShape, size: number): { name: string; bytes: Uint8Array } {
  switch (shape) {
    case 'quoted-printable folding':
      return vcf(
        repeatTo(
          size,
          'BEGIN:VCARD\r\nVERSION:2.1\r\nN:Folded;Ana\r\nNOTE;ENCODING=QUOTED-PRINTABLE:',
          '=41=42=43=44=45=46=47=48=49=4A=\r\n',
          'end\r\nEND:VCARD\r\n',
        ),
      );
    case 'quoted-printable soft breaks, no colon':
      return vcf(
        repeatTo(
          size,
          'BEGIN:VCARD\r\nVERSION:2.1\r\nN:Folded;Ana\r\nNOTE;QUOTED-PRINTABLE;',
          'X=41=42=43=44=45=46=47=48=49=4A=\r\n',
          'end\r\nEND:VCARD\r\n',
        ),
      );
    case 'unclosed quote on every row':
      return csv(repeatTo(size, 'Name,Email,Notes\n', 'Ana,ana@example.com,"never closed\n', ''));
    case '10,000 columns': {
      const header = Array.from({ length: 10_000 }, (_, index) => `Column ${index + 1}`);
      header[0] = 'Name';
      const row = Array.from({ length: 10_000 }, (_, index) => (index === 0 ? 'Ana' : 'x'));
      const line = `${row.join(',')}\n`;
      return csv(repeatTo(size, `${header.join(',')}\n`, line, ''));
    }
    case 'one 1 MB field':
      return csv(`Name,Notes\nAna,"${'long note '.repeat(Math.floor((size - 20) / 10))}"\n`);
    case 'NUL bytes':
      return csv(repeatTo(size, 'Name,Email\n', 'Ana\u0000,ana\u0000@example.com\u0000\n', ''));
  }
}

function vcf(text: string) {
  return { name: 'contacts.vcf', bytes: encoder.encode(text) };
}

function csv(text: string) {
  return { name: 'contacts.csv', bytes: encoder.encode(text) };
}
