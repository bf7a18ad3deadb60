import { socialNetworkLabels, socialNetworks } from '../model/client';

const plainLabels: Record<string, string> = {
  organization: 'Organization',
  department: 'Department',
  website: 'Website',
  'address.lines': 'Street address',
  'address.city': 'City',
  'address.region': 'Region',
  'address.postalCode': 'Postal code',
  'address.country': 'Country',
  'source.channel': 'How they found you',
  'source.detail': 'How they found you, in detail',
  preferredContact: 'Preferred way to contact',
  'permissions.email': 'Email allowed',
  'permissions.post': 'Post allowed',
  doNotContact: 'Do not contact',
  verifiedOn: 'Details verified on',
  tags: 'Tags',
  notes: 'Notes',
};

for (const network of socialNetworks) plainLabels[`social.${network}`] = socialNetworkLabels[network];

const personParts: Record<string, string> = {
  givenName: 'given name',
  familyName: 'family name',
  prefix: 'name prefix',
  middleName: 'middle name',
  suffix: 'name suffix',
  nickname: 'nickname',
  jobTitle: 'job title',
  emails: 'emails',
  phones: 'phones',
};

/**
 * Words for a field path of a difference or a fill ("contacts.0.jobTitle" → "Person 1: job
 * title", "contacts.2" → "Person 3 added"), for the duplicate rows of the import preview.
 */
export function fieldPathLabel(path: string): string {
  const plain = plainLabels[path];
  if (plain) return plain;
  const person = /^contacts\.(\d+)(?:\.(\w+))?$/.exec(path);
  if (person) {
    const number = Number(person[1]) + 1;
    const part = person[2];
    if (part === undefined) return `Person ${number} added`;
    return `Person ${number}: ${personParts[part] ?? part}`;
  }
  return path;
}
