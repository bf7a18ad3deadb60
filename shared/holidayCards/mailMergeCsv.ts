import type { CsvCell } from '../csv/writeCsv';
import { toCsv } from '../csv/writeCsv';
import { countryName, isKnownCountryCode } from '../geo/countries';
import type { LabelTextOptions } from '../labels/labelTextOptions';
import { collapseWhitespace } from '../text/normalize';
import { cardLabelBlocks } from './cardLabelText';
import type { CardContent } from './mailingEntry';

function numbered(label: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => `${label} ${index + 1}`);
}

function padded(values: readonly string[], count: number): string[] {
  return Array.from({ length: count }, (_, index) => values[index] ?? '');
}

/**
 * The column names of the mail-merge file: the lines as printed (for a label merge that just
 * stacks lines) and the structured parts (for a merge that lays the address out itself).
 */
function mailMergeColumns(recipientLineCount: number, addressLineCount: number): string[] {
  return [
    'Greeting',
    ...numbered('Recipient line', recipientLineCount),
    'Name',
    'Job title',
    'Organization',
    ...numbered('Address line', addressLineCount),
    'Street',
    'City',
    'Region',
    'Postal code',
    'Country',
    'Country code',
  ];
}

/**
 * The cards as a CSV file for Word's, Avery's or Canva's mail merge: UTF-8 with a byte-order
 * mark, one row per card, every text cell formula-safe. The "Recipient line" and "Address line"
 * columns are the label's lines as the label options print them (job titles, name order,
 * capitals), so a merge that stacks them matches the label sheet; the structured columns after
 * them are the record as written. There are as many line columns as the longest card needs, at
 * least one each.
 */
export function mailMergeCsv(
  cards: readonly CardContent[],
  options: LabelTextOptions,
  senderCountry: string,
): string {
  const blocks = cards.map((card) => cardLabelBlocks(card, options, senderCountry));
  const recipientLineCount = Math.max(1, ...blocks.map((block) => block.recipientLines.length));
  const addressLineCount = Math.max(1, ...blocks.map((block) => block.addressLines.length));
  const rows: CsvCell[][] = [mailMergeColumns(recipientLineCount, addressLineCount)];
  cards.forEach((card, index) => {
    const block = blocks[index] ?? { recipientLines: [], addressLines: [] };
    const code = card.address.country.trim().toUpperCase();
    rows.push([
      card.greeting,
      ...padded(block.recipientLines, recipientLineCount),
      card.name,
      card.jobTitle,
      card.organization,
      ...padded(block.addressLines, addressLineCount),
      card.address.lines.map(collapseWhitespace).filter(Boolean).join(', '),
      collapseWhitespace(card.address.city),
      collapseWhitespace(card.address.region),
      collapseWhitespace(card.address.postalCode),
      isKnownCountryCode(code) ? countryName(code) : code,
      code,
    ]);
  });
  return toCsv(rows);
}
