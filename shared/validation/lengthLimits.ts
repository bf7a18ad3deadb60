import type { ClientDetails } from '../model/client';

/**
 * The most characters each text field of a client may hold. Generous for real names (the
 * longest official place and company names fit) yet short enough that a heading, a list row or
 * a mailing label stays readable. The form and the import apply the same limits.
 */
export const maxLengths = {
  personName: 100,
  organization: 200,
  jobTitle: 120,
  addressLine: 120,
  city: 100,
  region: 100,
  postalCode: 20,
  notes: 20_000,
  sourceDetail: 200,
  tag: 60,
} as const;

type LengthLimit = keyof typeof maxLengths;

/** From this share of the limit on, the form shows a character counter. */
const counterFrom = 0.8;

export function showsCounter(length: number, max: number): boolean {
  return length >= Math.floor(max * counterFrom);
}

/** "92 of 100 characters", or "5,000 characters: 4,900 over the limit of 100". */
export function lengthCounterText(length: number, max: number): string {
  if (length <= max) return `${length.toLocaleString('en')} of ${max.toLocaleString('en')} characters`;
  return `${length.toLocaleString('en')} characters: ${(length - max).toLocaleString('en')} over the limit of ${max.toLocaleString('en')}`;
}

export interface TooLong {
  /** Field path, as in FieldErrors ("contacts.0.givenName", "address.lines.1"). */
  path: string;
  /** The field in words ("Given name of person 1"). */
  label: string;
  length: number;
  max: number;
  /** The over-long text itself. */
  value: string;
}

/** Every text field of the client longer than its limit, in form order. */
export function tooLongFields(details: ClientDetails): TooLong[] {
  const found: TooLong[] = [];
  const check = (path: string, label: string, value: string, limit: LengthLimit) => {
    const max = maxLengths[limit];
    if (value.length > max) found.push({ path, label, length: value.length, max, value });
  };
  check('organization', 'Organization', details.organization, 'organization');
  details.contacts.forEach((person, index) => {
    const whose = details.contacts.length > 1 ? ` of person ${index + 1}` : '';
    check(`contacts.${index}.givenName`, `Given name${whose}`, person.givenName, 'personName');
    check(`contacts.${index}.familyName`, `Family name${whose}`, person.familyName, 'personName');
    check(`contacts.${index}.jobTitle`, `Job title${whose}`, person.jobTitle, 'jobTitle');
  });
  details.address.lines.forEach((line, index) => {
    check(`address.lines.${index}`, `Street line ${index + 1}`, line, 'addressLine');
  });
  check('address.city', 'City', details.address.city, 'city');
  check('address.region', 'Region', details.address.region, 'region');
  check('address.postalCode', 'Postal code', details.address.postalCode, 'postalCode');
  check('source.detail', 'How they found you, in detail', details.source.detail, 'sourceDetail');
  const longTag = details.tags.find((tag) => tag.length > maxLengths.tag);
  if (longTag !== undefined) check('tags', 'Tag', longTag, 'tag');
  check('notes', 'Notes', details.notes, 'notes');
  return found;
}

/** The message for a field over its limit. */
export function tooLongMessage(field: Pick<TooLong, 'label' | 'length' | 'max'>): string {
  return `${field.label} is ${field.length.toLocaleString('en')} characters long; the most is ${field.max.toLocaleString('en')}.`;
}
