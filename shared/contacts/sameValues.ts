import type { ClientDetails, ContactPerson, LabeledValue } from '../model/client';
import { collapseWhitespace, foldForMatching } from '../text/normalize';

/** Text compared the way people read it: case, accents and spacing aside. */
export function sameText(a: string, b: string): boolean {
  return a === b || foldText(a) === foldText(b);
}

export function foldText(text: string): string {
  // Most text in an address book is plain ASCII; folding it needs no Unicode normalization.
  if (/^[\x20-\x7e]*$/.test(text)) return text.toLowerCase().replace(/ {2,}/g, ' ').trim();
  return collapseWhitespace(foldForMatching(text));
}

/** An email as compared everywhere (matching clients, spotting a new address): trimmed, lower case. */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * A cheap key for "is this the same phone number": its last nine digits, which survive the
 * different ways of writing a country code or trunk prefix ("+49 30 1234567", "030 1234567").
 * Matching clients uses the exact E.164 keys; this only decides whether a number is new to a
 * person, where parsing every number again would be too slow for large imports.
 */
function phoneKey(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length > 9 ? digits.slice(-9) : digits;
}

export function hasEmail(values: readonly LabeledValue[], email: string): boolean {
  const key = emailKey(email);
  return values.some((value) => emailKey(value.value) === key);
}

export function hasPhone(values: readonly LabeledValue[], phone: string): boolean {
  const key = phoneKey(phone);
  return key !== '' && values.some((value) => phoneKey(value.value) === key);
}

function personName(person: ContactPerson): string {
  return foldText(`${person.givenName} ${person.familyName}`);
}

/**
 * Which of the client's people the incoming person is: the one sharing an email, else a phone,
 * else the same name; -1 when none is.
 */
export function findSamePerson(people: readonly ContactPerson[], person: ContactPerson): number {
  const byEmail = people.findIndex((candidate) =>
    person.emails.some((email) => hasEmail(candidate.emails, email.value)),
  );
  if (byEmail !== -1) return byEmail;
  const byPhone = people.findIndex((candidate) =>
    person.phones.some((phone) => hasPhone(candidate.phones, phone.value)),
  );
  if (byPhone !== -1) return byPhone;
  const name = personName(person);
  return name === '' ? -1 : people.findIndex((candidate) => personName(candidate) === name);
}

/**
 * Whether two clients that share only a name (and no organization) can still be one: not if
 * both have emails, or both have phones, since none of them matched.
 */
export function canBeSamePerson(a: ClientDetails, b: ClientDetails): boolean {
  const has = (details: ClientDetails, list: 'emails' | 'phones') =>
    details.contacts.some((person) => person[list].length > 0);
  return !(has(a, 'emails') && has(b, 'emails')) && !(has(a, 'phones') && has(b, 'phones'));
}
