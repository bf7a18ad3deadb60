import type { ClientDetails, ContactPerson } from '../model/client';
import { collapseWhitespace, foldForMatching } from '../text/normalize';

/** "Jane Doe"; either part may be empty. */
export function personName(person: Pick<ContactPerson, 'givenName' | 'familyName'>): string {
  return collapseWhitespace(`${person.givenName} ${person.familyName}`);
}

/** The name a client is listed under: the organization, or the person for a B2C client. */
export function clientDisplayName(client: Pick<ClientDetails, 'kind' | 'organization' | 'contacts'>): string {
  const organization = collapseWhitespace(client.organization);
  const firstPerson = client.contacts[0];
  const person = firstPerson ? personName(firstPerson) : '';
  if (client.kind === 'b2c') return person || organization || firstEmail(client) || 'Unnamed client';
  return organization || person || firstEmail(client) || 'Unnamed client';
}

function firstEmail(client: Pick<ClientDetails, 'contacts'>): string {
  for (const contact of client.contacts) {
    const email = contact.emails.find((entry) => entry.value.trim() !== '');
    if (email) return email.value.trim();
  }
  return '';
}

type NamedPerson = Pick<ContactPerson, 'givenName' | 'familyName' | 'prefix' | 'middleName' | 'suffix'>;

/** Every part of a person's name in reading order: "Mr. John Richter James Doe Sr.". */
export function fullPersonName(person: NamedPerson): string {
  return collapseWhitespace(
    [person.prefix, person.givenName, person.middleName, person.familyName, person.suffix]
      .filter((part) => part?.trim())
      .join(' '),
  );
}

/**
 * The key the client list sorts by, folded so "Émile" sorts with "Emile": a client listed
 * under a person sorts by family name, then given and middle names ("Doe John"); others by the
 * name they are listed under.
 */
export function clientSortName(client: Pick<ClientDetails, 'kind' | 'organization' | 'contacts'>): string {
  const display = clientDisplayName(client);
  const person = client.contacts[0];
  if (person?.familyName.trim() && display === personName(person)) {
    return foldForMatching(
      collapseWhitespace(`${person.familyName} ${person.givenName} ${person.middleName ?? ''}`),
    );
  }
  return foldForMatching(display);
}
