import type { EncodingChoice, TextEncoding } from './types';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/**
 * Turns a file's bytes into text. With 'auto': a byte-order mark decides; UTF-16 without one is
 * recognised by its zero bytes; otherwise strict UTF-8 is tried and, when the bytes are not
 * valid UTF-8, Windows-1252 is used (what Excel's "Save as CSV" writes on Western systems).
 * Guessing this way never turns "François" into "FranÃ§ois": a UTF-8 file is always valid UTF-8.
 */
export function decodeContactsBytes(bytes: Uint8Array, encoding: EncodingChoice = 'auto'): DecodedText {
  if (encoding !== 'auto') return decodeAs(bytes, encoding);
  const marked = encodingByByteOrderMark(bytes) ?? utf16ByZeroBytes(bytes);
  if (marked) return decodeAs(bytes, marked);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: stripTrailingNuls(text), encoding: 'utf-8' };
  } catch {
    return decodeAs(bytes, 'windows-1252');
  }
}

function decodeAs(bytes: Uint8Array, encoding: TextEncoding): DecodedText {
  const text =
    encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(encoding).decode(bytes);
  return { text: stripTrailingNuls(text), encoding };
}

// Bytes 0x80-0x9F, where Windows-1252 differs from Latin-1 (the WHATWG table).
const windows1252High = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Decodes Windows-1252 by table: Node's TextDecoder reads it as Latin-1 and turns the euro
 * sign and curly quotes of Excel files into control characters.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const codes = new Uint16Array(Math.min(bytes.length, 8192));
  for (let start = 0; start < bytes.length; start += codes.length) {
    const end = Math.min(bytes.length, start + codes.length);
    for (let index = start; index < end; index += 1) {
      const byte = bytes[index] as number;
      codes[index - start] = byte >= 0x80 && byte < 0xa0 ? (windows1252High[byte - 0x80] as number) : byte;
    }
    parts.push(String.fromCharCode(...codes.subarray(0, end - start)));
  }
  return parts.join('');
}

function encodingByByteOrderMark(bytes: Uint8Array): TextEncoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** Text in UTF-16 has a zero byte beside nearly every Latin letter: at even offsets in big-endian. */
function utf16ByZeroBytes(bytes: Uint8Array): TextEncoding | null {
  const length = Math.min(bytes.length, 4096) & ~1;
  if (length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < length; index += 2) {
    if (bytes[index] === 0) evenZeros += 1;
    if (bytes[index + 1] === 0) oddZeros += 1;
  }
  const pairs = length / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Some exporters pad files with zero bytes; they are not content. */
function stripTrailingNuls(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0) end -= 1;
  return end === text.length ? text : text.slice(0, end);
}

const fileSignatures: { bytes: number[]; message: string }[] = [
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    message:
      'This is an Excel workbook or a ZIP archive, not a contacts file. In Excel, use "Save as" and choose "CSV UTF-8", then import that file.',
  },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0],
    message:
      'This is an older Excel workbook (.xls), not a contacts file. In Excel, use "Save as" and choose "CSV UTF-8", then import that file.',
  },
  {
    bytes: [0x25, 0x50, 0x44, 0x46],
    message: 'This is a PDF document. Export the contacts as a CSV or vCard (.vcf) file instead.',
  },
];

/**
 * Why the file cannot be a contacts file (a workbook, a PDF, an image...), in words, or '' when
 * it looks like text. Binary data decodes to text full of control characters.
 */
export function unreadableFileProblem(bytes: Uint8Array, text: string): string {
  for (const signature of fileSignatures) {
    if (signature.bytes.every((byte, index) => bytes[index] === byte)) return signature.message;
  }
  const sample = text.slice(0, 65536);
  let controls = 0;
  for (let index = 0; index < sample.length; index += 1) {
    const code = sample.charCodeAt(index);
    if (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) controls += 1;
  }
  if (controls > sample.length * 0.01) {
    return 'This file is not text: it cannot be a CSV or vCard contacts file. Check that you picked the exported file.';
  }
  return '';
}
