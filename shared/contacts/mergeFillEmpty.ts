import { normalizeTags } from '../clients/clientDetails';
import { mergePermission } from '../clients/permissions';
import type { ClientDetails, ContactPerson, PostalAddress } from '../model/client';
import { socialNetworks } from '../model/client';
import { findSamePerson, foldText, hasEmail, hasPhone, sameText } from './sameValues';

export interface FillReport {
  details: ClientDetails;
  /** The fields that were filled or added to, e.g. "website", "contacts.0.phones", "tags". */
  filled: string[];
}

/**
 * Merges an incoming client into an existing one (both tidied by normalizeClientDetails, as
 * saved and as imported) without overwriting anything: empty fields
 * are filled, new emails, phones, people and tags are added, notes not already there are
 * appended. Opt-outs are the exception: a file that says "no email", "no post" or "do not
 * contact" is obeyed, because contacting someone who asked not to be is worse than a changed flag.
 */
export function mergeFillEmpty(existing: ClientDetails, incoming: ClientDetails): ClientDetails {
  return fillEmptyReport(existing, incoming).details;
}

export function fillEmptyReport(existing: ClientDetails, incoming: ClientDetails): FillReport {
  const filled: string[] = [];
  const pick = (field: string, current: string, offered: string): string => {
    if (current.trim() !== '' || offered.trim() === '') return current;
    filled.push(field);
    return offered;
  };
  const social = { ...existing.social };
  for (const network of socialNetworks) {
    const value = pick(`social.${network}`, social[network] ?? '', incoming.social[network] ?? '');
    if (value) social[network] = value;
  }
  const merged: ClientDetails = {
    ...existing,
    organization: pick('organization', existing.organization, incoming.organization),
    ...fillDepartment(existing.department ?? '', incoming.department ?? '', filled),
    website: pick('website', existing.website, incoming.website),
    address: fillAddress(existing.address, incoming.address, filled),
    social,
    source: {
      channel: pick(
        'source.channel',
        existing.source.channel,
        incoming.source.channel,
      ) as ClientDetails['source']['channel'],
      detail: pick('source.detail', existing.source.detail, incoming.source.detail),
    },
    preferredContact: pick(
      'preferredContact',
      existing.preferredContact,
      incoming.preferredContact,
    ) as ClientDetails['preferredContact'],
    permissions: {
      email: mergePermission(existing.permissions.email, incoming.permissions.email),
      post: mergePermission(existing.permissions.post, incoming.permissions.post),
    },
    doNotContact: existing.doNotContact || incoming.doNotContact,
    verifiedOn: pick('verifiedOn', existing.verifiedOn, incoming.verifiedOn),
    contacts: fillPeople(existing.contacts, incoming.contacts, filled),
    tags: normalizeTags([...existing.tags, ...incoming.tags]),
    notes: appendNotes(existing.notes, incoming.notes),
  };
  if (merged.permissions.email !== existing.permissions.email) filled.push('permissions.email');
  if (merged.permissions.post !== existing.permissions.post) filled.push('permissions.post');
  if (merged.doNotContact !== existing.doNotContact) filled.push('doNotContact');
  if (merged.tags.length !== existing.tags.length) filled.push('tags');
  if (merged.notes !== existing.notes) filled.push('notes');
  return { details: merged, filled };
}

/** The address is filled part by part only when the parts both have agree: no mixing of two addresses. */
function fillAddress(existing: PostalAddress, incoming: PostalAddress, filled: string[]): PostalAddress {
  const parts = ['city', 'region', 'postalCode', 'country'] as const;
  const conflicts =
    parts.some((part) => existing[part] && incoming[part] && !sameText(existing[part], incoming[part])) ||
    (existing.lines.length > 0 &&
      incoming.lines.length > 0 &&
      !sameText(existing.lines.join(' '), incoming.lines.join(' ')));
  if (conflicts) return existing;
  const address = { ...existing, lines: existing.lines.length > 0 ? existing.lines : incoming.lines };
  if (address.lines !== existing.lines && incoming.lines.length > 0) filled.push('address.lines');
  for (const part of parts) {
    if (!existing[part] && incoming[part]) {
      address[part] = incoming[part];
      filled.push(`address.${part}`);
    }
  }
  return address;
}

function fillPeople(
  existing: readonly ContactPerson[],
  incoming: readonly ContactPerson[],
  filled: string[],
): ContactPerson[] {
  const people = existing.map((person) => ({
    ...person,
    emails: [...person.emails],
    phones: [...person.phones],
  }));
  for (const person of incoming) {
    const index = findSamePerson(people, person);
    const match = people[index];
    if (!match) {
      filled.push(`contacts.${people.length}`);
      people.push(person);
      continue;
    }
    for (const part of [
      'givenName',
      'familyName',
      'prefix',
      'middleName',
      'suffix',
      'nickname',
      'jobTitle',
    ] as const) {
      if (!match[part] && person[part]) {
        match[part] = person[part];
        filled.push(`contacts.${index}.${part}`);
      }
    }
    const emails = person.emails.filter((email) => !hasEmail(match.emails, email.value));
    const phones = person.phones.filter((phone) => !hasPhone(match.phones, phone.value));
    if (emails.length > 0) filled.push(`contacts.${index}.emails`);
    if (phones.length > 0) filled.push(`contacts.${index}.phones`);
    match.emails.push(...emails);
    match.phones.push(...phones);
  }
  return people;
}

function fillDepartment(existing: string, incoming: string, filled: string[]): { department?: string } {
  if (existing) return { department: existing };
  if (!incoming) return {};
  filled.push('department');
  return { department: incoming };
}

/** Notes are free text: incoming notes not already there are added on a new paragraph. */
function appendNotes(existing: string, incoming: string): string {
  const offered = incoming.trim();
  if (offered === '' || existing.includes(offered) || foldText(existing).includes(foldText(offered)))
    return existing;
  return existing.trim() === '' ? offered : `${existing.trim()}\n\n${offered}`;
}
