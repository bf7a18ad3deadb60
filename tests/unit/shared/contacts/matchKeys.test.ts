import { clientMatchKeys, isWeakMatchKey } from '@shared/contacts/matchKeys';
import { describe, expect, it } from 'vitest';
import { client, person } from '../../support/clients';

describe('clientMatchKeys', () => {
  it('normalises emails, phones (with the client country), name + organization and the LinkedIn profile', () => {
    const details = client({
      organization: 'Atelier Lumière',
      contacts: [
        person({
          givenName: 'François',
          familyName: 'Lefèvre',
          emails: [{ label: '', value: ' Francois@Atelier.FR ' }],
          phones: [{ label: '', value: '01 23 45 67 89' }],
        }),
      ],
      address: { lines: [], city: '', region: '', postalCode: '', country: 'FR' },
      social: { linkedin: 'https://www.linkedin.com/in/Francois-Lefevre/?trk=x' },
    });
    expect(clientMatchKeys(details).sort()).toEqual([
      'email:francois@atelier.fr',
      'linkedin:linkedin.com/in/francois-lefevre',
      'name:francois lefevre|atelier lumiere',
      'phone:+33123456789',
    ]);
  });

  it('gives an organization without people a key of its own', () => {
    expect(clientMatchKeys(client({ kind: 'b2b', organization: 'Kaffebrygghuset' }))).toEqual([
      'org:kaffebrygghuset',
    ]);
  });

  it('marks a name without an organization as weak evidence', () => {
    const [nameKey] = clientMatchKeys(
      client({ contacts: [person({ givenName: 'Ana', familyName: 'Ruiz' })] }),
    );
    expect(nameKey).toBe('name:ana ruiz|');
    expect([
      isWeakMatchKey(nameKey ?? ''),
      isWeakMatchKey('name:ana ruiz|ruiz estudio'),
      isWeakMatchKey('email:a@b.co'),
    ]).toEqual([true, false, false]);
  });
});
