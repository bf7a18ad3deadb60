import { decodeContactsBytes, unreadableFileProblem } from '@shared/import';
import { describe, expect, it } from 'vitest';

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string) => {
  const bytes = new Uint8Array(text.length * 2);
  for (let index = 0; index < text.length; index += 1) {
    bytes[index * 2] = text.charCodeAt(index) & 0xff;
    bytes[index * 2 + 1] = text.charCodeAt(index) >> 8;
  }
  return bytes;
};
const swapPairs = (bytes: Uint8Array) => bytes.map((_, index) => bytes[index ^ 1] ?? 0);
const withPrefix = (prefix: number[], bytes: Uint8Array) => new Uint8Array([...prefix, ...bytes]);

describe('decodeContactsBytes', () => {
  it('reads UTF-8 with and without a byte-order mark, without the mark in the text', () => {
    expect(decodeContactsBytes(withPrefix([0xef, 0xbb, 0xbf], utf8('Name\nFrançois')))).toEqual({
      text: 'Name\nFrançois',
      encoding: 'utf-8',
    });
    expect(decodeContactsBytes(utf8('Name\nFrançois'))).toEqual({
      text: 'Name\nFrançois',
      encoding: 'utf-8',
    });
  });

  it('reads UTF-16 little- and big-endian by their byte-order marks', () => {
    const text = 'Name,Email\nΕλένη,eleni@example.gr';
    expect(decodeContactsBytes(withPrefix([0xff, 0xfe], utf16le(text)))).toEqual({
      text,
      encoding: 'utf-16le',
    });
    expect(decodeContactsBytes(withPrefix([0xfe, 0xff], swapPairs(utf16le(text))))).toEqual({
      text,
      encoding: 'utf-16be',
    });
  });

  it('recognises UTF-16 without a byte-order mark by its zero bytes', () => {
    const text = 'First Name,Last Name\nSøren,Kierkegaard';
    expect(decodeContactsBytes(utf16le(text))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeContactsBytes(swapPairs(utf16le(text)))).toEqual({ text, encoding: 'utf-16be' });
  });

  it('falls back to Windows-1252 for Excel files, euro sign and curly quotes included', () => {
    // "Müller;Straße;5 € „Angebot“" as Excel writes it on a Western Windows.
    const bytes = new Uint8Array([
      0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x3b, 0x53, 0x74, 0x72, 0x61, 0xdf, 0x65, 0x3b, 0x35, 0x20, 0x80,
      0x20, 0x84, 0x41, 0x6e, 0x67, 0x65, 0x62, 0x6f, 0x74, 0x93,
    ]);
    expect(decodeContactsBytes(bytes)).toEqual({
      text: 'Müller;Straße;5 € „Angebot“',
      encoding: 'windows-1252',
    });
  });

  it('never turns valid UTF-8 into mojibake', () => {
    for (const name of ['François', 'Zoë Østergaard', 'Jürgen Groß', '佐藤 美咲', 'Дмитрий']) {
      expect(decodeContactsBytes(utf8(name)).text).toBe(name);
    }
  });

  it('decodes with the encoding the user picks in the preview', () => {
    const bytes = utf8('François');
    expect(decodeContactsBytes(bytes, 'windows-1252')).toEqual({
      text: 'FranÃ§ois',
      encoding: 'windows-1252',
    });
    expect(
      decodeContactsBytes(new Uint8Array([0x46, 0x72, 0x61, 0x6e, 0xe7, 0x6f, 0x69, 0x73]), 'windows-1252')
        .text,
    ).toBe('François');
  });

  it('drops zero bytes some exporters pad files with', () => {
    expect(decodeContactsBytes(withPrefix([], new Uint8Array([...utf8('Name\nAna'), 0, 0, 0]))).text).toBe(
      'Name\nAna',
    );
  });
});

describe('unreadableFileProblem', () => {
  it('says an Excel workbook must be saved as CSV first', () => {
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
    expect(unreadableFileProblem(xlsx, decodeContactsBytes(xlsx).text)).toMatch(/Excel.*CSV UTF-8/);
  });

  it('refuses binary data and accepts text', () => {
    const junk = Uint8Array.from({ length: 512 }, (_, index) => (index * 37) % 256);
    expect(unreadableFileProblem(junk, decodeContactsBytes(junk).text)).toMatch(/not text/);
    const csv = utf8('Name,Email\r\nAna,ana@example.com\r\n');
    expect(unreadableFileProblem(csv, decodeContactsBytes(csv).text)).toBe('');
  });
});
