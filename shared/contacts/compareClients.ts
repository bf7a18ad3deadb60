import type { ClientDetails, Permission } from '../model/client';
import { socialNetworks } from '../model/client';
import { findSamePerson, foldText, sameText } from './sameValues';

/** A field both clients fill, with different values. `field` is a path like "contacts.0.jobTitle". */
export interface FieldDifference {
  field: string;
  existing: string;
  incoming: string;
}

/**
 * Where an incoming client disagrees with the existing one: fields both fill, differently.
 * Values only one side has are additions, not differences, and so are more emails, phones,
 * people and tags. The kind is left out: most files do not say it, so it is a guess. A file
 * that opts out of email or post, or says "do not contact", differs from a client that allows
 * it; one that allows it never differs (most files do not say, and the default is to allow).
 */
export function compareWithExisting(existing: ClientDetails, incoming: ClientDetails): FieldDifference[] {
  const differences: FieldDifference[] = [];
  const compare = (
    field: string,
    a: string,
    b: string,
    same: (a: string, b: string) => boolean = sameText,
  ) => {
    if (a.trim() !== '' && b.trim() !== '' && !same(a, b))
      differences.push({ field, existing: a, incoming: b });
  };
  compare('organization', existing.organization, incoming.organization);
  compare('department', existing.department ?? '', incoming.department ?? '');
  compare('website', existing.website, incoming.website, sameUrl);
  compare('address.lines', existing.address.lines.join('\n'), incoming.address.lines.join('\n'));
  compare('address.city', existing.address.city, incoming.address.city);
  compare('address.region', existing.address.region, incoming.address.region);
  compare('address.postalCode', existing.address.postalCode, incoming.address.postalCode, sameCode);
  compare('address.country', existing.address.country, incoming.address.country);
  for (const network of socialNetworks)
    compare(`social.${network}`, existing.social[network] ?? '', incoming.social[network] ?? '', sameUrl);
  compare('source.channel', existing.source.channel, incoming.source.channel);
  compare('source.detail', existing.source.detail, incoming.source.detail);
  compare('preferredContact', existing.preferredContact, incoming.preferredContact);
  if (existing.permissions.email !== false && incoming.permissions.email === false)
    differences.push(optOut('permissions.email', existing.permissions.email));
  if (existing.permissions.post !== false && incoming.permissions.post === false)
    differences.push(optOut('permissions.post', existing.permissions.post));
  if (!existing.doNotContact && incoming.doNotContact)
    differences.push({ field: 'doNotContact', existing: 'no', incoming: 'yes' });
  for (const person of incoming.contacts) {
    const index = findSamePerson(existing.contacts, person);
    const match = existing.contacts[index];
    if (!match) continue;
    compare(`contacts.${index}.givenName`, match.givenName, person.givenName);
    compare(`contacts.${index}.familyName`, match.familyName, person.familyName);
    for (const part of ['prefix', 'middleName', 'suffix', 'nickname'] as const)
      compare(`contacts.${index}.${part}`, match[part] ?? '', person[part] ?? '');
    compare(`contacts.${index}.jobTitle`, match.jobTitle, person.jobTitle);
  }
  return differences;
}

function optOut(field: string, existing: Permission): FieldDifference {
  return { field, existing: existing === 'unknown' ? 'not asked yet' : 'allowed', incoming: 'not allowed' };
}

function sameUrl(a: string, b: string): boolean {
  const bare = (url: string) =>
    url
      .trim()
      .toLowerCase()
      .replace(/^https?:\/\/(www\.)?/, '')
      .replace(/\/+$/, '');
  return bare(a) === bare(b);
}

function sameCode(a: string, b: string): boolean {
  return foldText(a).replace(/\s/g, '') === foldText(b).replace(/\s/g, '');
}
