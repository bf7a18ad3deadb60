import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import type { ClientDetails } from '../model/client';
import { emailKey, foldText } from './sameValues';

/**
 * Keys that identify the same client across address books: normalised emails, phone numbers,
 * name + organization and LinkedIn profile. Two clients sharing any key are likely duplicates.
 * Stored with every client and held in memory by the client list index (matchKeyMap), so an
 * import checks thousands of rows quickly without reading every client.
 */
export function clientMatchKeys(details: ClientDetails): string[] {
  const keys = new Set<string>();
  for (const contact of details.contacts) {
    for (const email of contact.emails) {
      const normalized = emailKey(email.value);
      if (normalized.includes('@')) keys.add(`email:${normalized}`);
    }
    for (const phone of contact.phones) {
      const normalized = normalizePhone(phone.value, details.address.country);
      if (normalized) keys.add(`phone:${normalized}`);
    }
    const name = foldText(`${contact.givenName} ${contact.familyName}`);
    if (name) keys.add(`name:${name}|${foldText(details.organization)}`);
  }
  if (details.contacts.length === 0 && details.organization.trim() !== '') {
    keys.add(`org:${foldText(details.organization)}`);
  }
  const linkedIn = normalizeLinkedInUrl(details.social.linkedin ?? '');
  if (linkedIn) keys.add(`linkedin:${linkedIn}`);
  return [...keys];
}

/**
 * A name key without an organization ("name:ana ruiz|") is weak evidence: two people may share a
 * name. Matches made only by weak keys are checked against the rest of the details.
 */
export function isWeakMatchKey(key: string): boolean {
  return key.startsWith('name:') && key.endsWith('|');
}

/** E.164 where the number can be read (with the client's country as default), else its digits. */
function normalizePhone(text: string, defaultCountry: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const parsed = parsePhoneNumberFromString(
    trimmed,
    /^[A-Z]{2}$/.test(defaultCountry) ? (defaultCountry as never) : undefined,
  );
  if (parsed?.isPossible()) return parsed.number;
  const digits = trimmed.replace(/\D/g, '');
  return digits.length >= 5 ? digits : '';
}

/** "https://www.linkedin.com/in/Ana-Ruiz/?trk=x" → "linkedin.com/in/ana-ruiz". */
function normalizeLinkedInUrl(text: string): string {
  const match = /linkedin\.com\/(in|company|pub)\/([^/?#\s]+)/i.exec(text.trim());
  if (!match) return '';
  return `linkedin.com/${match[1]?.toLowerCase()}/${decodeURIComponent(match[2] ?? '').toLowerCase()}`;
}
