import { permissionWord } from '../clients/permissions';
import { type CsvCell, toCsv } from '../csv/writeCsv';
import { countryName } from '../geo/countries';
import {
  acquisitionChannelLabels,
  type ClientDetails,
  type ClientProjectSummary,
  clientKindLabels,
  contactMethodLabels,
} from '../model/client';
import { clientCsvColumns as columns, personColumns, streetLineColumn } from './clientCsvColumns';

/** A client as exported: its details, and its project figures when the caller has them. */
export type ExportedClient = ClientDetails &
  Partial<Pick<ClientProjectSummary, 'projectCount' | 'completedProjectCount' | 'lastProjectDate'>>;

/** Name parts beyond given and family name; their columns appear when some person has one. */
const extraNameParts = ['prefix', 'middleName', 'suffix', 'nickname'] as const;

interface Shape {
  streetLines: number;
  nameParts: (typeof extraNameParts)[number][];
  department: boolean;
  /** Per person slot: how many emails and phones the fullest client has there. */
  people: { emails: number; phones: number }[];
}

function shapeOf(clients: readonly ExportedClient[]): Shape {
  const shape: Shape = {
    streetLines: 1,
    nameParts: [],
    department: false,
    people: [{ emails: 1, phones: 1 }],
  };
  const parts = new Set<(typeof extraNameParts)[number]>();
  for (const client of clients) {
    if (client.department) shape.department = true;
    for (const person of client.contacts)
      for (const part of extraNameParts) if (person[part]) parts.add(part);
    shape.streetLines = Math.max(shape.streetLines, client.address.lines.length);
    client.contacts.forEach((person, index) => {
      const slot = shape.people[index] ?? { emails: 1, phones: 1 };
      slot.emails = Math.max(slot.emails, person.emails.length);
      slot.phones = Math.max(slot.phones, person.phones.length);
      shape.people[index] = slot;
    });
  }
  shape.nameParts = extraNameParts.filter((part) => parts.has(part));
  return shape;
}

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');
const range = (count: number) => Array.from({ length: count }, (_, index) => index);

/**
 * One row per client, people side by side ("Contact 1 given name", "Contact 1 email 1"...), as
 * many columns as the fullest client needs. Kinds, channels and countries are written in words
 * for people reading the sheet; the import reads them back. Tags go one per line in their cell.
 */
export function clientsToCsvRows(clients: readonly ExportedClient[]): CsvCell[][] {
  const shape = shapeOf(clients);
  const header: string[] = [columns.kind, columns.organization];
  if (shape.department) header.push(columns.department);
  shape.people.forEach((slot, index) => {
    const person = index + 1;
    header.push(personColumns.givenName(person), personColumns.familyName(person));
    for (const part of shape.nameParts) header.push(personColumns[part](person));
    header.push(personColumns.jobTitle(person));
    for (const email of range(slot.emails))
      header.push(personColumns.email(person, email + 1), personColumns.emailLabel(person, email + 1));
    for (const phone of range(slot.phones))
      header.push(personColumns.phone(person, phone + 1), personColumns.phoneLabel(person, phone + 1));
  });
  for (const line of range(shape.streetLines)) header.push(streetLineColumn(line + 1));
  header.push(
    columns.city,
    columns.region,
    columns.postalCode,
    columns.country,
    columns.website,
    columns.linkedin,
    columns.x,
    columns.facebook,
    columns.instagram,
    columns.tags,
    columns.notes,
    columns.source,
    columns.sourceDetail,
    columns.preferredContact,
    columns.emailAllowed,
    columns.postAllowed,
    columns.doNotContact,
    columns.verifiedOn,
    columns.projects,
    columns.completedProjects,
    columns.lastProject,
  );
  const rows: CsvCell[][] = [header];
  for (const client of clients) {
    const row: CsvCell[] = [clientKindLabels[client.kind], client.organization];
    if (shape.department) row.push(client.department ?? '');
    shape.people.forEach((slot, index) => {
      const person = client.contacts[index];
      row.push(person?.givenName ?? '', person?.familyName ?? '');
      for (const part of shape.nameParts) row.push(person?.[part] ?? '');
      row.push(person?.jobTitle ?? '');
      for (const email of range(slot.emails))
        row.push(person?.emails[email]?.value ?? '', person?.emails[email]?.label ?? '');
      for (const phone of range(slot.phones))
        row.push(person?.phones[phone]?.value ?? '', person?.phones[phone]?.label ?? '');
    });
    for (const line of range(shape.streetLines)) row.push(client.address.lines[line] ?? '');
    row.push(
      client.address.city,
      client.address.region,
      client.address.postalCode,
      client.address.country ? countryName(client.address.country, 'en') : '',
      client.website,
      client.social.linkedin ?? '',
      client.social.x ?? '',
      client.social.facebook ?? '',
      client.social.instagram ?? '',
      client.tags.join('\n'),
      client.notes,
      client.source.channel ? acquisitionChannelLabels[client.source.channel] : '',
      client.source.detail,
      client.preferredContact ? contactMethodLabels[client.preferredContact] : '',
      permissionWord(client.permissions.email),
      permissionWord(client.permissions.post),
      yesNo(client.doNotContact),
      client.verifiedOn,
      client.projectCount,
      client.completedProjectCount,
      client.lastProjectDate,
    );
    rows.push(row);
  }
  return rows;
}

/** The clients CSV file: UTF-8 with BOM so Excel reads accents right, every text cell formula-safe. */
export function clientsCsv(clients: readonly ExportedClient[]): string {
  return toCsv(clientsToCsvRows(clients));
}

/** "clients-2026-11-23.csv": a name for the save dialog. */
export function exportFileName(what: string, todayIso: string, extension: 'csv' | 'vcf'): string {
  return `${what}-${todayIso}.${extension}`;
}
