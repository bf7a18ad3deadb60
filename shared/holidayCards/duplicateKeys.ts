import type { PostalAddress } from '../model/client';
import { wordsOf } from '../text/normalize';

/** Street words written in full or short, so "1 Main Street" and "1 Main St." match. */
const streetWordAbbreviations: Record<string, string> = {
  street: 'st',
  avenue: 'ave',
  road: 'rd',
  boulevard: 'blvd',
  drive: 'dr',
  lane: 'ln',
  place: 'pl',
  square: 'sq',
  court: 'ct',
  suite: 'ste',
  apartment: 'apt',
  floor: 'fl',
  north: 'n',
  south: 's',
  east: 'e',
  west: 'w',
  strasse: 'str',
  rue: 'r',
  calle: 'c',
};

/** Legal forms that people write or leave out: "Acme" and "Acme Ltd." are one organization. */
const legalFormWords = new Set([
  'inc',
  'incorporated',
  'llc',
  'ltd',
  'limited',
  'plc',
  'corp',
  'corporation',
  'co',
  'company',
  'gmbh',
  'ag',
  'kg',
  'sa',
  'sas',
  'sarl',
  'srl',
  'spa',
  'bv',
  'nv',
  'ab',
  'as',
  'oy',
  'pty',
]);

/**
 * The address reduced to what identifies a delivery point: country, postal code (or city where
 * there is none) and street, folded and abbreviated. '' when there is too little to compare.
 */
export function addressMatchKey(address: PostalAddress): string {
  const street = address.lines
    .flatMap(wordsOf)
    .map((word) => streetWordAbbreviations[word] ?? word)
    .join(' ');
  const postalCode = address.postalCode.replace(/\s+/g, '').toUpperCase();
  const place = postalCode || wordsOf(address.city).join(' ');
  if (street === '' || place === '') return '';
  return `${address.country.trim().toUpperCase()}|${place}|${street}`;
}

/** The organization's name folded, without its legal form. '' for no organization. */
export function organizationMatchKey(organization: string): string {
  const words = wordsOf(organization);
  while (words.length > 1 && legalFormWords.has(words[words.length - 1] ?? '')) words.pop();
  return words.join(' ');
}
