import { type CsvCell, toRawCsv } from '../csv/writeCsv';
import { countryName } from '../geo/countries';
import type { ContactPerson } from '../model/client';
import type { ExportedClient } from './clientsCsv';

/** Google's own separator for several values in one cell (labels, here). */
const multiValueSeparator = ' ::: ';

const range = (count: number) => Array.from({ length: count }, (_, index) => index);

/**
 * Google Contacts' CSV layout, which Google reads as its own and Outlook and Apple Contacts map
 * by column name: one row per person (a contacts app keeps people, not companies), the
 * organization on each, values raw. A client with nobody named gets one row for itself.
 */
function contactsAppCsvRows(clients: readonly ExportedClient[]): CsvCell[][] {
  const people = clients.flatMap((client) =>
    (client.contacts.length > 0 ? client.contacts : [null]).map((person) => ({ client, person })),
  );
  const emails = Math.max(1, ...people.map(({ person }) => person?.emails.length ?? 0));
  const phones = Math.max(1, ...people.map(({ person }) => person?.phones.length ?? 0));
  const header = [
    'Name Prefix',
    'First Name',
    'Middle Name',
    'Last Name',
    'Name Suffix',
    'Nickname',
    'Organization Name',
    'Organization Title',
    'Organization Department',
    ...range(emails).flatMap((index) => [`E-mail ${index + 1} - Label`, `E-mail ${index + 1} - Value`]),
    ...range(phones).flatMap((index) => [`Phone ${index + 1} - Label`, `Phone ${index + 1} - Value`]),
    'Address 1 - Label',
    'Address 1 - Street',
    'Address 1 - City',
    'Address 1 - Region',
    'Address 1 - Postal Code',
    'Address 1 - Country',
    'Website 1 - Label',
    'Website 1 - Value',
    'Notes',
    'Labels',
  ];
  const rows: CsvCell[][] = [header];
  for (const { client, person } of people) rows.push(personRow(client, person, emails, phones));
  return rows;
}

function personRow(
  client: ExportedClient,
  person: ContactPerson | null,
  emails: number,
  phones: number,
): CsvCell[] {
  const { address } = client;
  return [
    person?.prefix ?? '',
    person?.givenName ?? '',
    person?.middleName ?? '',
    person?.familyName ?? '',
    person?.suffix ?? '',
    person?.nickname ?? '',
    client.organization,
    person?.jobTitle ?? '',
    client.department ?? '',
    ...range(emails).flatMap((index) => labelled(person?.emails[index])),
    ...range(phones).flatMap((index) => labelled(person?.phones[index])),
    address.lines.length > 0 || address.city ? (client.kind === 'b2c' ? 'Home' : 'Work') : '',
    address.lines.join('\n'),
    address.city,
    address.region,
    address.postalCode,
    address.country ? countryName(address.country, 'en') : '',
    client.website ? 'Work' : '',
    client.website,
    client.notes,
    client.tags.join(multiValueSeparator),
  ];
}

function labelled(value: { label: string; value: string } | undefined): [string, string] {
  if (!value) return ['', ''];
  const label = value.label.trim();
  return [label ? label.charAt(0).toUpperCase() + label.slice(1) : 'Other', value.value];
}

/** The file for another contacts app: Google's layout, values as typed. */
export function contactsAppCsv(clients: readonly ExportedClient[]): string {
  return toRawCsv(contactsAppCsvRows(clients));
}
