import { clientDisplayName, personName } from '../clients/names';
import { countryName } from '../geo/countries';
import { type ClientDetails, clientKindLabels } from '../model/client';

/** One client in a line of a table: what the import preview shows of a row or of its match. */
export interface ClientSummary {
  name: string;
  /** The people's names after the first, or the organization's people for a business. */
  people: string[];
  kind: string;
  organization: string;
  email: string;
  phone: string;
  /** "Paris, France". */
  place: string;
  tags: string[];
  /** The notes' first line, shortened. */
  notes: string;
}

const notesPreviewChars = 80;

/** Summarises a client for a preview table; the batch tag is shown with the tags when given. */
export function summarizeClient(details: ClientDetails, batchTag = ''): ClientSummary {
  const name = clientDisplayName(details);
  const people = details.contacts.map(personName).filter((person) => person !== '' && person !== name);
  const firstEmail = details.contacts.flatMap((person) => person.emails)[0]?.value ?? '';
  const firstPhone = details.contacts.flatMap((person) => person.phones)[0]?.value ?? '';
  const country = details.address.country ? countryName(details.address.country) : '';
  const firstLine = details.notes.split('\n', 1)[0] ?? '';
  const tags = batchTag && !details.tags.includes(batchTag) ? [...details.tags, batchTag] : details.tags;
  return {
    name,
    people,
    kind: clientKindLabels[details.kind],
    organization: details.organization,
    email: firstEmail,
    phone: firstPhone,
    place: [details.address.city, country].filter(Boolean).join(', '),
    tags,
    notes:
      firstLine.length > notesPreviewChars || details.notes.includes('\n')
        ? `${firstLine.slice(0, notesPreviewChars).trimEnd()}…`
        : firstLine,
  };
}
