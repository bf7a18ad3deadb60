import { newClientDetails, normalizeClientDetails } from '@shared/clients/clientDetails';
import { validateClient } from '@shared/clients/validateClient';
import type { ClientDetails } from '@shared/model/client';
import { describe, expect, it } from 'vitest';
import { person } from '../../support/clients';

const today = '2026-11-23';

function b2b(changes: (details: ClientDetails) => void): ClientDetails {
  const details = newClientDetails('b2b', today);
  details.organization = 'Acme';
  changes(details);
  return details;
}

describe('validateClient', () => {
  it('accepts a complete business client', () => {
    const details = b2b((d) => {
      const person = d.contacts[0];
      if (person) {
        person.givenName = 'Ana';
        person.emails = [{ label: 'work', value: 'ana@acme.example' }];
        person.phones = [{ label: 'mobile', value: '+44 (0)20 7946 0958' }];
      }
      d.website = 'acme.example';
      d.address.country = 'GB';
    });
    expect(validateClient(details, today)).toEqual({});
  });

  it('asks for the organization of a business and the person of a consumer client', () => {
    expect(
      validateClient(
        b2b((d) => {
          d.organization = ' ';
        }),
        today,
      ),
    ).toMatchObject({ organization: 'Enter the name of the business.' });
    expect(validateClient(newClientDetails('b2c', today), today)).toMatchObject({
      'contacts.0.givenName': 'Enter the name of the person who is the client.',
    });
  });

  it('flags an invalid email at its field, in words', () => {
    const errors = validateClient(
      b2b((d) => {
        const person = d.contacts[0];
        if (person)
          person.emails = [
            { label: '', value: 'ana@acme.example' },
            { label: '', value: 'ana.acme.example' },
          ];
      }),
      today,
    );
    expect(errors).toEqual({
      'contacts.0.emails.1.value': 'An email address needs an @, like name@example.com.',
    });
  });

  it('refuses impossible and future verification dates', () => {
    expect(
      validateClient(
        b2b((d) => {
          d.verifiedOn = '2026-02-30';
        }),
        today,
      ),
    ).toMatchObject({ verifiedOn: 'This is not a real date.' });
    expect(
      validateClient(
        b2b((d) => {
          d.verifiedOn = '2026-11-24';
        }),
        today,
      ).verifiedOn,
    ).toMatch(/future/);
  });

  it('catches a preferred contact method that is not permitted', () => {
    const errors = validateClient(
      b2b((d) => {
        d.preferredContact = 'post';
        d.permissions.post = false;
      }),
      today,
    );
    expect(errors.preferredContact).toMatch(/not permitted/);
  });

  it('flags bad web links, phone numbers and country codes', () => {
    const errors = validateClient(
      b2b((d) => {
        d.website = 'not a site';
        d.social.linkedin = 'javascript:alert(1)';
        d.address.country = 'XX';
        const person = d.contacts[0];
        if (person) {
          person.givenName = 'Ana';
          person.phones = [{ label: '', value: 'call me' }];
        }
      }),
      today,
    );
    expect(Object.keys(errors).sort()).toEqual([
      'address.country',
      'contacts.0.phones.0.value',
      'social.linkedin',
      'website',
    ]);
  });
});

describe('normalizeClientDetails', () => {
  it('tidies what was typed before it is saved', () => {
    const details = b2b((d) => {
      d.organization = '  Acme   Ltd ';
      d.website = 'acme.example';
      d.address.country = 'gb';
      d.address.postalCode = 'sw1a 1aa';
      d.address.lines = ['1 High St', '  '];
      d.tags = ['VIP', 'vip', ' retainer '];
      d.contacts.push({
        id: 'x',
        givenName: '',
        familyName: '',
        jobTitle: '',
        emails: [{ label: '', value: ' ' }],
        phones: [],
      });
    });
    const normalized = normalizeClientDetails(details);
    expect(normalized.organization).toBe('Acme Ltd');
    expect(normalized.website).toBe('https://acme.example/');
    expect(normalized.address).toMatchObject({ country: 'GB', postalCode: 'SW1A 1AA', lines: ['1 High St'] });
    expect(normalized.tags).toEqual(['VIP', 'retainer']);
    expect(normalized.contacts).toHaveLength(0);
  });

  it('keeps every field of a person and of the client, the optional ones only when they hold something', () => {
    const details = b2b((d) => {
      d.department = '  Sales  ';
      d.notes = ' Met at the fair \n';
      d.permissions = { email: true, post: 'unknown' };
      d.social = { linkedin: 'linkedin.com/in/ana', x: '  ' };
      d.contacts = [
        person({
          id: 'p1',
          givenName: ' Ana ',
          familyName: 'Ruiz  García',
          ...{ prefix: 'Dr.', middleName: '  ', suffix: '', nickname: ' Anita', jobTitle: ' Lead ' },
          emails: [{ label: ' work ', value: ' ana@acme.example ' }],
          phones: [
            { label: 'mobile', value: '+44  20 7946 0958' },
            { label: '', value: '  ' },
          ],
        }),
      ];
    });
    const normalized = normalizeClientDetails(details);
    const tidied = { givenName: 'Ana', familyName: 'Ruiz García', prefix: 'Dr.', nickname: 'Anita' };
    expect(normalized.contacts).toEqual([
      person({
        id: 'p1',
        ...tidied,
        jobTitle: 'Lead',
        emails: [{ label: 'work', value: 'ana@acme.example' }],
        phones: [{ label: 'mobile', value: '+44 20 7946 0958' }],
      }),
    ]);
    expect(normalized).toMatchObject({
      department: 'Sales',
      notes: 'Met at the fair',
      permissions: { email: true, post: 'unknown' },
      social: { linkedin: 'https://linkedin.com/in/ana' },
      kind: 'b2b',
      verifiedOn: today,
    });
    expect(Object.keys(normalized.social)).toEqual(['linkedin']);
    expect('department' in normalizeClientDetails(b2b((d) => (d.department = '  ')))).toBe(false);
  });
});

describe('people without a name or email', () => {
  it('ignores a blank person row but flags one with only a phone', () => {
    expect(
      validateClient(
        b2b(() => {}),
        today,
      ),
    ).toEqual({});
    const errors = validateClient(
      b2b((d) => {
        const person = d.contacts[0];
        if (person) person.phones = [{ label: '', value: '+1 212 555 0100' }];
      }),
      today,
    );
    expect(errors).toEqual({
      'contacts.0.givenName': 'Enter a name or an email for this person, or remove them.',
    });
  });
});
