import type { Client, ClientDetails, ClientKind, ContactPerson, PostalAddress } from '@shared/model/client';
import { defaultSettings, type Settings } from '@shared/model/settings';

/** The one place tests build clients: details, stored records and the people in them. */

let nextPersonId = 0;

export function person(fields: Partial<ContactPerson> = {}): ContactPerson {
  nextPersonId += 1;
  return {
    id: `person-${nextPersonId}`,
    givenName: '',
    familyName: '',
    jobTitle: '',
    emails: [],
    phones: [],
    ...fields,
  };
}

/** A person by id and name, for tests that compare people by id. */
export function namedPerson(id: string, givenName: string, familyName: string, jobTitle = ''): ContactPerson {
  return { id, givenName, familyName, jobTitle, emails: [], phones: [] };
}

/** A client's details with every field blank: a private client with no contacts. */
export function client(fields: Partial<ClientDetails> = {}): ClientDetails {
  return {
    kind: 'b2c',
    organization: '',
    website: '',
    contacts: [],
    address: { lines: [], city: '', region: '', postalCode: '', country: '' },
    social: {},
    source: { channel: '', detail: '' },
    preferredContact: '',
    permissions: { email: true, post: true },
    doNotContact: false,
    verifiedOn: '',
    tags: [],
    notes: '',
    ...fields,
  };
}

/** A client as the add form saves it (verified on 2026-11-01), from the few fields tests vary. */
export function clientDetails(
  kind: ClientKind,
  fields: {
    organization?: string;
    given?: string;
    family?: string;
    email?: string;
    city?: string;
    tags?: string[];
  },
): ClientDetails {
  const details = client({ kind, verifiedOn: '2026-11-01' });
  return {
    ...details,
    contacts: [
      person({
        id: crypto.randomUUID(),
        givenName: fields.given ?? '',
        familyName: fields.family ?? '',
        emails: fields.email ? [{ label: 'work', value: fields.email }] : [],
      }),
    ],
    organization: fields.organization ?? '',
    address: { ...details.address, city: fields.city ?? '' },
    tags: fields.tags ?? [],
  };
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

/** A German business address: postal code before the city. */
export function berlinAddress(): PostalAddress {
  return address({
    lines: ['Unter den Linden 77'],
    city: 'Berlin',
    region: '',
    postalCode: '10117',
    country: 'DE',
  });
}

/** A stored B2B client with a complete US address, post allowed, and a project last month. */
export function storedClient(id: string, parts: Partial<Client> = {}): Client {
  return {
    ...client({
      kind: 'b2b',
      organization: `Org ${id}`,
      contacts: [namedPerson(`${id}-p1`, 'Jane', 'Doe')],
      address: address(),
    }),
    id,
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

export const anaAtRuiz = () =>
  client({
    kind: 'b2b',
    organization: 'Ruiz Estudio',
    contacts: [
      person({
        givenName: 'Ana',
        familyName: 'Ruiz',
        emails: [{ label: 'work', value: 'ana@ruiz.es' }],
        phones: [{ label: 'mobile', value: '+34 600 123 456' }],
      }),
    ],
    address: {
      lines: ['Calle de Alcalá 42'],
      city: 'Madrid',
      region: '',
      postalCode: '28014',
      country: 'ES',
    },
  });
