import type { Client, ClientKind, ContactPerson, PostalAddress } from '../model/client';
import type { Settings } from '../model/settings';
import { collapseWhitespace } from '../text/normalize';
import { type AddressProblem, addressProblems } from './addressProblems';
import { formatAddressLines } from './formatAddress';
import { recipientLines } from './recipientLines';
import { greetingName, organizationGreeting, personalGreeting, postalPersonName } from './recipientNames';

/** What goes on one envelope and card: the same shape for a single entry and a merged card. */
export interface CardContent {
  /** The client's kind (for a merged card, business when any of its clients is one). */
  kind: ClientKind;
  /** Name, job title, organization: the lines above the address, in the order to print them. */
  recipientLines: string[];
  /** "Dear Jane", "Dear friends at Acme", "Dear Jane and John". */
  greeting: string;
  /** The person's or household's name; '' on a card to the organization. */
  name: string;
  jobTitle: string;
  organization: string;
  address: PostalAddress;
  /** The address as printed, laid out by the destination country's convention. */
  addressLines: string[];
}

export type MailingProblem = AddressProblem | { code: 'no-name'; message: string };

/** One candidate card: a client, and the person at the client it is addressed to, if any. */
export interface MailingEntry extends CardContent {
  /** `clientId` for a card to the client as a whole, `clientId:personId` for a person. */
  id: string;
  clientId: string;
  /** '' when the card is to the organization rather than a person. */
  personId: string;
  givenName: string;
  familyName: string;
  problems: MailingProblem[];
}

export type MailingClient = Pick<Client, 'id' | 'kind' | 'organization' | 'contacts' | 'address'>;
export type MailingSettings = Pick<Settings, 'ownAddress'>;

function hasName(person: ContactPerson): boolean {
  return postalPersonName(person) !== '';
}

/**
 * The card for one client: to `person` when given; otherwise to the organization, or for a
 * consumer client to its first named person (the client themself).
 */
export function mailingEntry(
  client: MailingClient,
  person: ContactPerson | undefined,
  settings: MailingSettings,
): MailingEntry {
  const addressee = person ?? (client.kind === 'b2c' ? client.contacts.find(hasName) : undefined);
  const organization = collapseWhitespace(client.organization);
  const name = addressee ? postalPersonName(addressee) : '';
  const jobTitle = addressee ? collapseWhitespace(addressee.jobTitle) : '';
  const senderCountry = settings.ownAddress.country;
  const countryForOrder = client.address.country || senderCountry;
  const lines = recipientLines({ name, jobTitle, organization }, client.kind, countryForOrder);
  const problems: MailingProblem[] = addressProblems(client.address);
  if (lines.length === 0) problems.unshift({ code: 'no-name', message: 'No name to address the card to' });
  return {
    id: addressee ? `${client.id}:${addressee.id}` : client.id,
    clientId: client.id,
    personId: addressee?.id ?? '',
    kind: client.kind,
    givenName: addressee ? collapseWhitespace(addressee.givenName) : '',
    familyName: addressee ? collapseWhitespace(addressee.familyName) : '',
    recipientLines: lines,
    greeting:
      addressee && name !== ''
        ? personalGreeting([greetingName(addressee)])
        : organizationGreeting(organization),
    name,
    jobTitle,
    organization,
    address: client.address,
    addressLines: formatAddressLines(client.address, senderCountry),
    problems,
  };
}

/**
 * Every candidate card for a client: one per named contact person (several at one organization
 * are then offered as one card by findMailingDuplicates), or one to the client as a whole.
 */
export function mailingEntriesForClient(client: MailingClient, settings: MailingSettings): MailingEntry[] {
  const named = client.contacts.filter(hasName);
  if (named.length === 0) return [mailingEntry(client, undefined, settings)];
  return named.map((person) => mailingEntry(client, person, settings));
}

/** The lines of a mailing label: who, then where. */
export function cardLabelLines(card: Pick<CardContent, 'recipientLines' | 'addressLines'>): string[] {
  return [...card.recipientLines, ...card.addressLines];
}
