import { parseContactsFile } from '@shared/import';
import { describe, expect, it } from 'vitest';

const encode = (text: string) => new TextEncoder().encode(text);

/**
 * Words a file may hold that every JavaScript object also has as a property ("constructor",
 * "toString", "__proto__"): read as the plain words they are, never as what objects inherit.
 */
describe('cells and headers named like object properties', () => {
  it('read a CSV with such headers, tags and sources as text', async () => {
    const csv = [
      'Name,Email,Labels,Source,constructor,toString,__proto__',
      'Ana Ruiz,ana@example.com,* constructor ::: hasOwnProperty,toString,a,b,c',
    ].join('\n');
    const result = await parseContactsFile(encode(csv), 'contacts.csv');
    expect(result.mapping.map((column) => column.field)).toEqual([
      'fullName',
      'email',
      'tags',
      'marketingChannel',
      'labelledNote',
      'labelledNote',
      'labelledNote',
    ]);
    const details = result.contacts[0]?.details;
    expect(details?.tags).toEqual(['constructor', 'hasOwnProperty']);
    expect(details?.source).toEqual({ channel: '', detail: 'toString' });
    expect(details?.notes).toContain('constructor: a\ntoString: b\n__proto__: c');
  });

  it('read vCard labels and social profiles typed as such words as text', async () => {
    const card = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Ana Ruiz',
      'N:Ruiz;Ana;;;',
      'EMAIL;TYPE=constructor:ana@example.com',
      'X-SOCIALPROFILE;TYPE=constructor:ana',
      'item1.URL:https://example.com/ana',
      'item1.X-ABLabel:toString',
      'END:VCARD',
    ].join('\r\n');
    const result = await parseContactsFile(encode(card), 'ana.vcf');
    const details = result.contacts[0]?.details;
    expect(details?.contacts[0]?.emails).toEqual([{ label: 'constructor', value: 'ana@example.com' }]);
    expect(details?.social).toEqual({});
    expect(details?.website).toBe('https://example.com/ana');
    expect(details?.notes).toContain('constructor: ana');
  });
});
