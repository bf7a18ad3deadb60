import { fullPersonName, personName } from '../clients/names';
import { permissionWord } from '../clients/permissions';
import { countryName } from '../geo/countries';
import type { ClientDetails, ContactPerson, LabeledValue, SocialNetwork } from '../model/client';
import { socialNetworks } from '../model/client';

export type VCardVersion = '4.0' | '3.0';

/** A client to export; with its id, the cards of its people are tied together for a round trip. */
export type VCardClient = ClientDetails & { id?: string };

/** Labels vCard has TYPE values for; any other label is written as Apple does, in X-ABLabel. */
const typesByLabel: Record<string, string> = {
  work: 'work',
  home: 'home',
  mobile: 'cell',
  fax: 'fax',
  'work fax': 'work,fax',
  'home fax': 'home,fax',
  pager: 'pager',
  main: 'main',
  other: 'other',
};

const socialTypes: Record<SocialNetwork, string> = {
  linkedin: 'linkedin',
  x: 'twitter',
  facebook: 'facebook',
  instagram: 'instagram',
};

/**
 * Writes clients as vCards that address books read: one card per person, carrying the
 * organization, address, website and notes of their client, so each card stands on its own. A
 * client with no people becomes one company card. X-CLIENTELE-* properties (ignored by other
 * apps) keep what vCard has no place for, and tie a client's cards together so this app reads
 * them back as one client. 4.0 for current apps, 3.0 for older ones (Outlook, older phones).
 */
export function clientsToVCard(clients: readonly VCardClient[], version: VCardVersion = '4.0'): string {
  const cards: string[] = [];
  clients.forEach((client, index) => {
    const clientId = client.id ?? `client-${index + 1}`;
    const people: (ContactPerson | null)[] = client.contacts.length > 0 ? client.contacts : [null];
    for (const person of people) cards.push(card(client, clientId, person, version));
  });
  return cards.join('');
}

function card(
  client: VCardClient,
  clientId: string,
  person: ContactPerson | null,
  version: VCardVersion,
): string {
  const lines: string[] = ['BEGIN:VCARD', `VERSION:${version}`, 'PRODID:-//Clientele//Clientele//EN'];
  const name = person ? personName(person) : '';
  // A card names a person or, when it has no person's name, the organization.
  const isCompany = name === '' && (person === null || client.organization !== '');
  if (version === '4.0') lines.push(`KIND:${isCompany ? 'org' : 'individual'}`);
  else if (isCompany) lines.push('X-ABShowAs:COMPANY');
  // FN is required; a card without a name shows its organization, email or phone instead.
  const displayName =
    (person ? fullPersonName(person) : '') ||
    client.organization ||
    person?.emails[0]?.value ||
    person?.phones[0]?.value ||
    '';
  lines.push(`FN:${escapeText(displayName)}`);
  const nameParts = [
    person?.familyName,
    person?.givenName,
    person?.middleName,
    person?.prefix,
    person?.suffix,
  ];
  lines.push(`N:${nameParts.map((part) => escapeText(part ?? '')).join(';')}`);
  if (person?.nickname) lines.push(`NICKNAME:${escapeText(person.nickname)}`);
  if (person?.id) lines.push(`UID:${version === '4.0' ? 'urn:uuid:' : ''}${person.id}`);
  if (client.organization || client.department) {
    const units = client.department ? [client.organization, client.department] : [client.organization];
    lines.push(`ORG:${units.map(escapeText).join(';')}`);
  }
  if (person?.jobTitle) lines.push(`TITLE:${escapeText(person.jobTitle)}`);
  let group = 0;
  const labelled = (property: string, value: LabeledValue) => {
    // Own properties only: a label such as "constructor" must not find Object's members.
    const type = Object.hasOwn(typesByLabel, value.label) ? typesByLabel[value.label] : undefined;
    if (value.label === '' || type) {
      lines.push(`${property}${type ? `;TYPE=${type}` : ''}:${escapeText(value.value)}`);
      return;
    }
    group += 1;
    lines.push(
      `item${group}.${property}:${escapeText(value.value)}`,
      `item${group}.X-ABLabel:${escapeText(value.label)}`,
    );
  };
  for (const email of person?.emails ?? []) labelled('EMAIL', email);
  for (const phone of person?.phones ?? []) labelled('TEL', phone);
  const { address } = client;
  if (address.lines.length || address.city || address.region || address.postalCode || address.country) {
    const parts = [
      '',
      '',
      address.lines.join('\n'),
      address.city,
      address.region,
      address.postalCode,
      address.country ? countryName(address.country, 'en') : '',
    ];
    lines.push(`ADR;TYPE=${client.kind === 'b2c' ? 'home' : 'work'}:${parts.map(escapeText).join(';')}`);
  }
  if (client.website) lines.push(`URL:${escapeText(client.website)}`);
  for (const network of socialNetworks) {
    const link = client.social[network];
    if (link) lines.push(`X-SOCIALPROFILE;TYPE=${socialTypes[network]}:${escapeText(link)}`);
  }
  if (client.notes) lines.push(`NOTE:${escapeText(client.notes)}`);
  if (client.tags.length) lines.push(`CATEGORIES:${client.tags.map(escapeText).join(',')}`);
  lines.push(`X-CLIENTELE-CLIENT:${escapeText(clientId)}`, `X-CLIENTELE-KIND:${client.kind}`);
  if (client.source.channel) lines.push(`X-CLIENTELE-SOURCE:${client.source.channel}`);
  if (client.source.detail) lines.push(`X-CLIENTELE-SOURCE-DETAIL:${escapeText(client.source.detail)}`);
  if (client.preferredContact) lines.push(`X-CLIENTELE-PREFERRED-CONTACT:${client.preferredContact}`);
  lines.push(
    `X-CLIENTELE-EMAIL-ALLOWED:${permissionWord(client.permissions.email).toLowerCase()}`,
    `X-CLIENTELE-POST-ALLOWED:${permissionWord(client.permissions.post).toLowerCase()}`,
    `X-CLIENTELE-DO-NOT-CONTACT:${client.doNotContact ? 'yes' : 'no'}`,
  );
  if (client.verifiedOn) lines.push(`X-CLIENTELE-VERIFIED-ON:${client.verifiedOn}`);
  lines.push('END:VCARD');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/**
 * vCard text escaping: backslash, commas, semicolons and every line separator, so that no reader
 * (some split on U+2028, NEL, vertical tab or form feed) can break a value across lines.
 */
function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\r\n|[\r\n\u2028\u2029\u0085\v\f]/g, '\\n')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;');
}

const encoder = new TextEncoder();

/** Folds a line at 75 octets (RFC 6350), never inside a character. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let currentBytes = 0;
  let limit = 75;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    if (currentBytes + bytes > limit) {
      parts.push(current);
      current = '';
      currentBytes = 0;
      limit = 74;
    }
    current += char;
    currentBytes += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
