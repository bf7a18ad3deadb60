import { clientsToVCard } from '@shared/export/clientsVCard';
import { parseContactsFile } from '@shared/import';
import type { ClientDetails } from '@shared/model/client';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withoutIds } from '../export/clientArbitraries';

const word = fc.constantFrom('Ana', 'José', 'Zoë', "O'Neil", 'van', 'Mária', 'Li', 'Doe', 'Smith');
const words = fc.array(word, { minLength: 1, maxLength: 3 });
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const lineEnd = fc.constantFrom('\r\n', '\n', '\r', '\r\r\n');

/** A card as address books write it: every name part, lists in N, a tel: URI with an extension. */
const card = fc.record({
  family: word,
  given: word,
  middle: maybe(words),
  prefix: maybe(fc.constantFrom(['Mr.'], ['Dr.', 'Prof.'])),
  suffix: maybe(fc.constantFrom(['Sr.'], ['PhD', 'MBA'])),
  nickname: maybe(word),
  organization: maybe(
    fc.tuple(fc.constantFrom('IBM', 'Acme\\, Inc.'), maybe(fc.constantFrom('Accounting', 'R&D'))),
  ),
  phone: fc.tuple(fc.constantFrom('+1-418-656-9254', '+44-20-7946-0958'), maybe(fc.constantFrom('102', '7'))),
  lineEnd,
});

type Card = typeof card extends fc.Arbitrary<infer T> ? T : never;

function cardText(parts: Card): string {
  const list = (items: readonly string[] | undefined) => (items ?? []).join(',');
  const [number, extension] = parts.phone;
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    `FN:${parts.given} ${parts.family}`,
    `N:${parts.family};${parts.given};${list(parts.middle)};${list(parts.prefix)};${list(parts.suffix)}`,
    ...(parts.nickname ? [`NICKNAME:${parts.nickname}`] : []),
    ...(parts.organization ? [`ORG:${parts.organization.filter(Boolean).join(';')}`] : []),
    `TEL;VALUE=uri;TYPE=work:tel:${number}${extension ? `;ext=${extension}` : ''}`,
    'END:VCARD',
  ];
  return lines.join(parts.lineEnd) + parts.lineEnd;
}

async function importText(text: string): Promise<ClientDetails[]> {
  const result = await parseContactsFile(new TextEncoder().encode(text), 'contacts.vcf');
  expect(result.problems).toEqual([]);
  return result.contacts.map((contact) => contact.details);
}

describe('vCard round trip', () => {
  it('gives the same client after export as vCard 4.0 and 3.0 and import again, whatever the line ends (property)', async () => {
    await fc.assert(
      fc.asyncProperty(card, lineEnd, async (parts, exportLineEnd) => {
        const [first] = await importText(cardText(parts));
        if (!first) throw new Error('The generated card was not read');
        expect(first.contacts[0]?.phones[0]?.value).toMatch(/^\+\d+ [\d-]+( ext\. \d+)?$/);
        for (const version of ['4.0', '3.0'] as const) {
          const exported = clientsToVCard([{ ...first, id: 'c1' }], version).replace(/\r\n/g, exportLineEnd);
          expect((await importText(exported)).map(withoutIds)).toEqual([withoutIds(first)]);
        }
      }),
      { numRuns: 60 },
    );
  });
});
