import type { Client, ContactPerson, PostalAddress } from '@shared/model/client';
import { defaultSettings, type Settings } from '@shared/model/settings';

export function person(id: string, givenName: string, familyName: string, jobTitle = ''): ContactPerson {
  return { id, givenName, familyName, jobTitle, emails: [], phones: [] };
}

export function address(parts: Partial<PostalAddress> = {}): PostalAddress {
  return {
    lines: ['100 Main Street'],
    city: 'Boston',
    region: 'MA',
    postalCode: '02110',
    country: 'US',
    ...parts,
  };
}

/** A B2B client with a complete US address, post allowed, and a project last month. */
export function client(id: string, parts: Partial<Client> = {}): Client {
  return {
    id,
    kind: 'b2b',
    organization: `Org ${id}`,
    website: '',
    contacts: [person(`${id}-p1`, 'Jane', 'Doe')],
    address: address(),
    social: {},
    source: { channel: '', detail: '' },
    preferredContact: '',
    permissions: { email: true, post: true },
    doNotContact: false,
    verifiedOn: '',
    tags: [],
    notes: '',
    projectCount: 1,
    completedProjectCount: 1,
    activeProjectCount: 0,
    firstProjectDate: '2026-10-01',
    lastProjectDate: '2026-10-01',
    totalBilledMinor: 0,
    billedByCurrency: {},
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    sortName: '',
    searchWords: [],
    matchKeys: [],
    ...parts,
  };
}

export function settingsIn(country: string): Settings {
  return { ...defaultSettings, ownName: 'Sam Freelancer', ownAddress: address({ country }) };
}
