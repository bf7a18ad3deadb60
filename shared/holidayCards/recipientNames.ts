import { fullPersonName } from '../clients/names';
import type { ContactPerson } from '../model/client';
import { collapseWhitespace, foldForMatching } from '../text/normalize';

type PersonNameParts = Pick<ContactPerson, 'givenName' | 'familyName'> &
  Partial<Pick<ContactPerson, 'prefix' | 'middleName' | 'suffix' | 'nickname'>>;

// Chinese, Japanese and Korean names are written family name first, with no space between.
const eastAsianName = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\s]+$/u;

function isEastAsianName(person: PersonNameParts): boolean {
  const whole = `${person.familyName}${person.givenName}`.trim();
  return whole !== '' && eastAsianName.test(whole);
}

/**
 * The name as written on an envelope, every part in reading order ("Mr. John Doe Sr."), but
 * "李小龍" (family name first) for 李 + 小龍.
 */
export function postalPersonName(person: PersonNameParts): string {
  if (isEastAsianName(person))
    return collapseWhitespace(`${person.familyName}${person.givenName}`).replace(/ /g, '');
  return fullPersonName(person);
}

/**
 * How the person is greeted on the card: formally when they have a name prefix ("Mr. Doe"),
 * else by nickname or given name ("Jane"), or by full name where a given name alone would be
 * wrong (East Asian names) or is missing.
 */
export function greetingName(person: PersonNameParts): string {
  if (isEastAsianName(person)) return postalPersonName(person);
  const prefix = collapseWhitespace(person.prefix ?? '');
  const familyName = collapseWhitespace(person.familyName);
  if (prefix && familyName) return `${prefix} ${familyName}`;
  return (
    collapseWhitespace(person.nickname ?? '') ||
    collapseWhitespace(person.givenName) ||
    postalPersonName(person)
  );
}

/** "Jane", "Jane and John", "Jane, John and Max". */
function joinNames(names: readonly string[]): string {
  const present = names.filter((name) => name !== '');
  if (present.length <= 1) return present[0] ?? '';
  return `${present.slice(0, -1).join(', ')} and ${present[present.length - 1]}`;
}

/** "Dear Jane", "Dear Jane and John"; "Dear friends" when there is no name at all. */
export function personalGreeting(names: readonly string[]): string {
  const joined = joinNames(names);
  return joined === '' ? 'Dear friends' : `Dear ${joined}`;
}

/** The greeting for a card to a whole organization. */
export function organizationGreeting(organization: string): string {
  const name = collapseWhitespace(organization);
  return name === '' ? 'Dear friends' : `Dear friends at ${name}`;
}

/**
 * The name line of one card for several people. People sharing a family name read as a family:
 * "Jane and John Doe", or "The Doe family" from three people on when `asFamily` (a home, not an
 * office). Otherwise each full name: "Jane Doe and John Smith".
 */
export function householdName(people: readonly PersonNameParts[], asFamily: boolean): string {
  const named = people.filter((person) => postalPersonName(person) !== '');
  const familyNames = new Set(named.map((person) => foldForMatching(collapseWhitespace(person.familyName))));
  const [onlyFamily] = familyNames;
  const shareFamilyName =
    named.length > 1 &&
    familyNames.size === 1 &&
    onlyFamily !== '' &&
    named.every((person) => !isEastAsianName(person) && collapseWhitespace(person.givenName) !== '');
  if (!shareFamilyName) return joinNames(named.map(postalPersonName));
  const familyName = collapseWhitespace(named[0]?.familyName ?? '');
  if (asFamily && named.length >= 3) return `The ${familyName} family`;
  return `${joinNames(named.map((person) => collapseWhitespace(person.givenName)))} ${familyName}`;
}
