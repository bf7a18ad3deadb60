import { compareWithExisting } from '@shared/contacts/compareClients';
import { fillEmptyReport, mergeFillEmpty } from '@shared/contacts/mergeFillEmpty';
import { describe, expect, it } from 'vitest';
import { anaAtRuiz, client, person } from '../../support/clients';

describe('mergeFillEmpty', () => {
  it('fills empty fields and never overwrites filled ones', () => {
    const existing = { ...anaAtRuiz(), website: '' };
    const incoming = client({
      kind: 'b2c',
      organization: 'Another Name',
      website: 'https://ruiz.es/',
      contacts: [
        person({
          givenName: 'Anita',
          familyName: 'Ruiz',
          jobTitle: 'Founder',
          emails: [{ label: 'work', value: 'ANA@ruiz.es' }],
        }),
      ],
      address: { lines: [], city: 'Barcelona', region: 'Catalonia', postalCode: '', country: 'ES' },
    });
    const merged = mergeFillEmpty(existing, incoming);
    expect(merged).toMatchObject({ kind: 'b2b', organization: 'Ruiz Estudio', website: 'https://ruiz.es/' });
    expect(merged.contacts).toEqual([{ ...existing.contacts[0], jobTitle: 'Founder' }]);
    expect(merged.address).toEqual(existing.address);
  });

  it('adds new emails, phones, people and tags, but not the same number written differently', () => {
    const existing = { ...anaAtRuiz(), tags: ['VIP'] };
    const incoming = {
      ...anaAtRuiz(),
      tags: ['vip', 'Madrid'],
      contacts: [
        person({
          givenName: 'Ana',
          familyName: 'Ruiz',
          emails: [{ label: 'home', value: 'ana@gmail.example' }],
          phones: [{ label: '', value: '0034 600 123 456' }],
        }),
        person({ givenName: 'Luis', familyName: 'Ruiz', emails: [{ label: '', value: 'luis@ruiz.es' }] }),
      ],
    };
    const { details, filled } = fillEmptyReport(existing, incoming);
    expect(details.tags).toEqual(['VIP', 'Madrid']);
    expect(
      details.contacts.map((contact) => [
        contact.givenName,
        contact.emails.map((email) => email.value),
        contact.phones.length,
      ]),
    ).toEqual([
      ['Ana', ['ana@ruiz.es', 'ana@gmail.example'], 1],
      ['Luis', ['luis@ruiz.es'], 0],
    ]);
    expect(filled).toEqual(['contacts.0.emails', 'contacts.1', 'tags']);
  });

  it('adds notes that are not there yet, once', () => {
    const once = mergeFillEmpty(
      { ...anaAtRuiz(), notes: 'Pays late.' },
      { ...anaAtRuiz(), notes: 'Connected On: 12 Nov 2025' },
    );
    expect(once.notes).toBe('Pays late.\n\nConnected On: 12 Nov 2025');
    expect(mergeFillEmpty(once, { ...anaAtRuiz(), notes: 'Connected On: 12 Nov 2025' }).notes).toBe(
      once.notes,
    );
  });

  it('obeys an opt-out in the file', () => {
    const merged = mergeFillEmpty(anaAtRuiz(), {
      ...anaAtRuiz(),
      permissions: { email: false, post: true },
      doNotContact: true,
    });
    expect([merged.permissions, merged.doNotContact]).toEqual([{ email: false, post: true }, true]);
    expect(mergeFillEmpty({ ...anaAtRuiz(), doNotContact: true }, anaAtRuiz()).doNotContact).toBe(true);
  });

  it('reports nothing filled when the incoming client adds nothing', () => {
    expect(fillEmptyReport(anaAtRuiz(), anaAtRuiz()).filled).toEqual([]);
  });
});

describe('compareWithExisting', () => {
  it('lists fields both fill differently; ignores case, accents and additions', () => {
    const existing = anaAtRuiz();
    const incoming = {
      ...anaAtRuiz(),
      organization: 'RUIZ ESTUDIO',
      website: 'https://ruiz.es/',
      contacts: [
        person({ givenName: 'Ána', familyName: 'Ruiz-Soto', emails: [{ label: '', value: 'ana@ruiz.es' }] }),
      ],
      permissions: { email: false, post: true },
    };
    expect(compareWithExisting(existing, incoming)).toEqual([
      { field: 'permissions.email', existing: 'allowed', incoming: 'not allowed' },
      { field: 'contacts.0.familyName', existing: 'Ruiz', incoming: 'Ruiz-Soto' },
    ]);
  });
});
