import { countryName, isKnownCountryCode } from '../geo/countries';
import type { PostalAddress } from '../model/client';
import { countryUsesPostalCodes, postalCodeFitsCountry } from './postalCodes';

const addressProblemCodes = [
  'no-street',
  'no-city',
  'no-postal-code',
  'no-country',
  'unknown-country',
  'postal-code-mismatch',
] as const;
type AddressProblemCode = (typeof addressProblemCodes)[number];

export interface AddressProblem {
  code: AddressProblemCode;
  /** What is wrong, in words for the person checking the list. */
  message: string;
}

/**
 * Problems that make an address incomplete: a card sent to it may not arrive. A postal code of
 * the wrong shape is only suspicious (it may be a typo, or the table may be out of date).
 */
const incompleteCodes: ReadonlySet<AddressProblemCode> = new Set([
  'no-street',
  'no-city',
  'no-postal-code',
  'no-country',
  'unknown-country',
]);

/** Everything wrong or suspicious about an address, in the order it is read. */
export function addressProblems(address: PostalAddress): AddressProblem[] {
  const problems: AddressProblem[] = [];
  const country = address.country.trim().toUpperCase();
  const postalCode = address.postalCode.trim();
  if (!address.lines.some((line) => line.trim() !== '')) {
    problems.push({ code: 'no-street', message: 'No street address' });
  }
  if (address.city.trim() === '') problems.push({ code: 'no-city', message: 'No city' });
  if (postalCode === '' && countryUsesPostalCodes(country)) {
    problems.push({ code: 'no-postal-code', message: 'No postal code' });
  }
  if (country === '') {
    problems.push({ code: 'no-country', message: 'No country' });
  } else if (!isKnownCountryCode(country)) {
    problems.push({ code: 'unknown-country', message: `Unknown country code "${country}"` });
  } else if (postalCode !== '' && postalCodeFitsCountry(postalCode, country) === false) {
    problems.push({
      code: 'postal-code-mismatch',
      message: `Postal code "${postalCode}" does not look like a postal code in ${countryName(country)}`,
    });
  }
  return problems;
}

/** True when the address has everything a card needs to arrive. */
export function isCompleteAddress(address: PostalAddress): boolean {
  return !addressProblems(address).some((problem) => incompleteCodes.has(problem.code));
}

/** True for problems that make an address incomplete rather than merely suspicious. */
export function isIncompleteAddressProblem(problem: AddressProblem): boolean {
  return incompleteCodes.has(problem.code);
}
