import addressFormatter from '@fragaria/address-formatter';
import { countryName, isKnownCountryCode } from '../geo/countries';
import type { PostalAddress } from '../model/client';
import { collapseWhitespace } from '../text/normalize';

/**
 * True when the card stays in the sender's country. An unknown sender country counts as
 * abroad, so the country line is printed: it never stops a card from arriving.
 */
export function isDomesticAddress(address: PostalAddress, senderCountry: string): boolean {
  const sender = senderCountry.trim().toUpperCase();
  return sender !== '' && address.country.trim().toUpperCase() === sender;
}

/**
 * The country line for mail going abroad: the country's name in capitals, as the Universal
 * Postal Union asks for the last line of an international address.
 */
function destinationCountryLine(countryCode: string, locale = 'en'): string {
  const code = countryCode.trim().toUpperCase();
  if (code === '') return '';
  return (isKnownCountryCode(code) ? countryName(code, locale) : code).toLocaleUpperCase(locale);
}

/**
 * Formatting runs the library's templates and clean-up rules, about 0.1 ms an address: a list
 * of thousands is formatted again on every rule change, so results are remembered (bounded).
 */
const formattedAddresses = new Map<string, string[]>();
const maxRemembered = 50_000;

/**
 * The address as printed on the envelope, one string per line, laid out by the destination
 * country's postal convention (OpenCage's per-country templates, through
 * @fragaria/address-formatter): "10117 Berlin" in Germany, "Boston, MA 02110" in the US.
 * The country line is left out for domestic mail.
 */
export function formatAddressLines(address: PostalAddress, senderCountry: string, locale = 'en'): string[] {
  const key = JSON.stringify([
    address.lines,
    address.city,
    address.region,
    address.postalCode,
    address.country,
    senderCountry,
    locale,
  ]);
  const known = formattedAddresses.get(key);
  if (known) return [...known];
  if (formattedAddresses.size >= maxRemembered) formattedAddresses.clear();
  const lines = formatUncached(address, senderCountry, locale);
  formattedAddresses.set(key, lines);
  return [...lines];
}

function formatUncached(address: PostalAddress, senderCountry: string, locale: string): string[] {
  const streetLines = address.lines.map(collapseWhitespace).filter((line) => line !== '');
  const countryCode = address.country.trim().toUpperCase();
  const countryLine = isDomesticAddress(address, senderCountry)
    ? ''
    : destinationCountryLine(countryCode, locale);
  const input = {
    road: streetLines.join('\n'),
    city: collapseWhitespace(address.city),
    state: collapseWhitespace(address.region),
    postcode: collapseWhitespace(address.postalCode),
    ...(countryCode !== '' && { countryCode }),
    ...(countryLine !== '' && { country: countryLine }),
  };
  if (Object.values(input).every((value) => value === '')) return [];
  try {
    return addressFormatter
      .format(input, { output: 'array' })
      .map(collapseWhitespace)
      .filter((line) => line !== '');
  } catch {
    // The templates are data; should one fail to render, a plain layout still gets the card there.
    return plainAddressLines(streetLines, address, countryLine);
  }
}

function plainAddressLines(streetLines: string[], address: PostalAddress, countryLine: string): string[] {
  const cityLine = collapseWhitespace(`${address.postalCode} ${address.city}`);
  return [...streetLines, cityLine, collapseWhitespace(address.region), countryLine].filter(
    (line) => line !== '',
  );
}
