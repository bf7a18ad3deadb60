import type { ClientDetails, ContactPerson } from '@shared/model/client';

let nextId = 0;

export function person(fields: Partial<ContactPerson> = {}): ContactPerson {
  nextId += 1;
  return {
    id: `person-${nextId}`,
    givenName: '',
    familyName: '',
    jobTitle: '',
    emails: [],
    phones: [],
    ...fields,
  };
}

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
