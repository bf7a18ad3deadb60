import { newId } from '../ids';
import type { ClientDetails, ClientKind, ContactPerson } from '../model/client';
import { emptyAddress, socialNetworks } from '../model/client';
import { collapseWhitespace } from '../text/normalize';
import { normalizeWebUrl } from '../validation/contactValues';
import { clientSortName } from './names';
import { clientSearchWords } from './searchWords';

export function emptyContactPerson(): ContactPerson {
  return { id: newId(), givenName: '', familyName: '', jobTitle: '', emails: [], phones: [] };
}

/** A blank client as the add form starts it: details verified today, since the user is typing them. */
export function newClientDetails(kind: ClientKind, today: string): ClientDetails {
  return {
    kind,
    organization: '',
    website: '',
    contacts: [emptyContactPerson()],
    address: emptyAddress(),
    social: {},
    source: { channel: '', detail: '' },
    preferredContact: '',
    permissions: { email: true, post: true },
    doNotContact: false,
    verifiedOn: today,
    tags: [],
    notes: '',
  };
}

/** Tags compare case-insensitively; the first spelling wins. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const tag of tags) {
    const clean = collapseWhitespace(tag);
    const key = clean.toLowerCase();
    if (clean === '' || seen.has(key)) continue;
    seen.add(key);
    result.push(clean);
  }
  return result;
}

/**
 * Tidies details before they are saved: trims text, drops empty emails, phones, address lines
 * and people, upper-cases the country code and gives web links a scheme. Run after validation.
 */
export function normalizeClientDetails(details: ClientDetails): ClientDetails {
  const contacts = details.contacts
    .map(({ prefix, middleName, suffix, nickname, ...contact }) => ({
      ...contact,
      givenName: collapseWhitespace(contact.givenName),
      familyName: collapseWhitespace(contact.familyName),
      ...tidyNameParts({ prefix, middleName, suffix, nickname }),
      jobTitle: collapseWhitespace(contact.jobTitle),
      emails: contact.emails
        .map((email) => ({ label: email.label.trim(), value: email.value.trim() }))
        .filter((email) => email.value !== ''),
      phones: contact.phones
        .map((phone) => ({ label: phone.label.trim(), value: collapseWhitespace(phone.value) }))
        .filter((phone) => phone.value !== ''),
    }))
    .filter(
      (contact) => contact.givenName || contact.familyName || contact.emails.length || contact.phones.length,
    );
  const social: ClientDetails['social'] = {};
  for (const network of socialNetworks) {
    const link = normalizeWebUrl(details.social[network] ?? '');
    if (link) social[network] = link;
  }
  const { department, ...rest } = details;
  return {
    ...rest,
    organization: collapseWhitespace(details.organization),
    ...(department?.trim() ? { department: collapseWhitespace(department) } : {}),
    website: normalizeWebUrl(details.website),
    contacts,
    address: {
      lines: details.address.lines.map(collapseWhitespace).filter((line) => line !== ''),
      city: collapseWhitespace(details.address.city),
      region: collapseWhitespace(details.address.region),
      postalCode: collapseWhitespace(details.address.postalCode).toUpperCase(),
      country: details.address.country.trim().toUpperCase(),
    },
    social,
    source: { channel: details.source.channel, detail: details.source.detail.trim() },
    tags: normalizeTags(details.tags),
    notes: details.notes.trim(),
  };
}

type NameParts = Pick<ContactPerson, 'prefix' | 'middleName' | 'suffix' | 'nickname'>;

/** The optional name parts, tidied; empty ones are left out so older records and new ones compare alike. */
function tidyNameParts(person: NameParts): NameParts {
  const parts: NameParts = {};
  for (const part of ['prefix', 'middleName', 'suffix', 'nickname'] as const) {
    const value = collapseWhitespace(person[part] ?? '');
    if (value) parts[part] = value;
  }
  return parts;
}

/** The precomputed keys stored with a client for sorting and searching. */
export function clientIndexFields(details: ClientDetails): { sortName: string; searchWords: string[] } {
  return { sortName: clientSortName(details), searchWords: clientSearchWords(details) };
}
