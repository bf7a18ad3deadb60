import { formatAmount, formatRatio } from './format';
import { type PastPriceReference, priceAgainstReference } from './pastPriceReference';

function projects(count: number): string {
  return `${count} ${count === 1 ? 'project' : 'projects'}`;
}

function leftOutSentence(reference: PastPriceReference): string | null {
  const parts: string[] = [];
  if (reference.otherCurrencyCount > 0) {
    parts.push(`${projects(reference.otherCurrencyCount)} billed in ${reference.otherCurrencies.join(', ')}`);
  }
  if (reference.unpricedCount > 0) parts.push(`${projects(reference.unpricedCount)} with no amount yet`);
  return parts.length === 0 ? null : `Not counted: ${parts.join(' and ')}.`;
}

function positionSentence(
  reference: PastPriceReference,
  priceMinor: number,
  money: (minor: number) => string,
) {
  const against = priceAgainstReference(priceMinor, reference);
  if (!against) return null;
  const difference = against.differenceFromAverageMinor;
  if (difference === 0) {
    return reference.count === 1
      ? 'This price is the same as that project.'
      : 'This price is exactly the average.';
  }
  const direction = difference > 0 ? 'above' : 'below';
  const share = formatRatio(Math.abs(against.ratioToAverage - 1));
  const amount = `${money(Math.abs(difference))} (${share}) ${direction}`;
  if (reference.count === 1) return `This price is ${amount} that project.`;
  const where =
    against.position === 'within'
      ? 'within the range of past projects'
      : `${against.position} every past project`;
  return `This price is ${where}, ${amount} the average.`;
}

/**
 * The past-price reference in words: what projects of the service type were billed, where the
 * price stands against them, and what was left out (other currencies, no amount yet).
 */
export function priceReferenceSentences(
  reference: PastPriceReference,
  serviceTypeName: string,
  currency: string,
  priceMinor: number | null,
  locale?: string,
): string[] {
  const money = (minor: number) => formatAmount(minor, currency, locale);
  const { averageMinor, minMinor, maxMinor, count } = reference;
  const leftOut = leftOutSentence(reference);
  if (averageMinor === null || minMinor === null || maxMinor === null) {
    const none = `No past “${serviceTypeName}” projects billed in ${currency} to compare with yet.`;
    return leftOut ? [none, leftOut] : [none];
  }
  const billed =
    count === 1
      ? `1 past “${serviceTypeName}” project was billed ${money(averageMinor)}.`
      : `${count} past “${serviceTypeName}” projects were billed ${money(averageMinor)} on average, from ${money(minMinor)} to ${money(maxMinor)}.`;
  const position = priceMinor === null ? null : positionSentence(reference, priceMinor, money);
  return [billed, position, leftOut].filter((sentence): sentence is string => sentence !== null);
}
