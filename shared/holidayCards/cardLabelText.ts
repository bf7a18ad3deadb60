import type { LabelTextOptions } from '../labels/labelTextOptions';
import { isDomesticAddress } from './formatAddress';
import type { CardContent } from './mailingEntry';
import { recipientLines } from './recipientLines';

export type LabelCard = Pick<
  CardContent,
  'kind' | 'name' | 'jobTitle' | 'organization' | 'address' | 'addressLines'
>;

/** The address lines with the town line, and the country line under it if any, in capitals. */
function withLastLineInCapitals(addressLines: readonly string[], goesAbroad: boolean): string[] {
  const capitalsFrom = addressLines.length - (goesAbroad ? 2 : 1);
  return addressLines.map((line, index) => (index >= capitalsFrom ? line.toLocaleUpperCase() : line));
}

/** A label's text in its two blocks: who the card is to, and where it goes. */
export interface LabelTextBlocks {
  recipientLines: string[];
  addressLines: string[];
}

/**
 * The two blocks of one address label as the user chose to print them: with or without job
 * titles, the person before or after the organization, the last line in capitals or as written.
 * `senderCountry` stands in for a card's missing country when ordering the name lines.
 */
export function cardLabelBlocks(
  card: LabelCard,
  options: LabelTextOptions,
  senderCountry: string,
): LabelTextBlocks {
  const country = card.address.country.trim().toUpperCase() || senderCountry.trim().toUpperCase();
  const jobTitle = options.jobTitles ? card.jobTitle : '';
  const who = recipientLines(
    { name: card.name, jobTitle, organization: card.organization },
    card.kind,
    country,
    options.nameOrder,
  );
  const hasCountryLine =
    card.address.country.trim() !== '' && !isDomesticAddress(card.address, senderCountry);
  const where = options.upperCaseLastLine
    ? withLastLineInCapitals(card.addressLines, hasCountryLine)
    : card.addressLines;
  return { recipientLines: who, addressLines: where };
}

/** The lines of one address label, as the user chose to print them (see cardLabelBlocks). */
export function cardLabelText(card: LabelCard, options: LabelTextOptions, senderCountry: string): string[] {
  const { recipientLines, addressLines } = cardLabelBlocks(card, options, senderCountry);
  return [...recipientLines, ...addressLines];
}
