import type { NameOrder } from '../labels/labelTextOptions';
import type { ClientKind } from '../model/client';
import { collapseWhitespace } from '../text/normalize';

export interface RecipientParts {
  /** The person's name, a household's names, or '' for a card to the organization. */
  name: string;
  jobTitle: string;
  organization: string;
}

/**
 * Countries where business post names the organization first and the person after it
 * (Germany's DIN 5008, La Poste's "raison sociale" line, the Benelux, Italy, Japan...).
 * Elsewhere the person comes first, then the job title, then the organization.
 */
const organizationFirstCountries = new Set([
  'AT',
  'BE',
  'CH',
  'DE',
  'FR',
  'IT',
  'JP',
  'LI',
  'LU',
  'MC',
  'NL',
]);

/** In Japan the department or title sits between the company and the person. */
const titleBeforeNameCountries = new Set(['JP']);

/**
 * The lines above the address, in the order the destination country expects for the client's
 * kind (or in the order the user chose). A consumer card names only the person; a card with no
 * person names the organization.
 */
export function recipientLines(
  parts: RecipientParts,
  kind: ClientKind,
  countryCode: string,
  order: NameOrder = 'country',
): string[] {
  const name = collapseWhitespace(parts.name);
  const jobTitle = collapseWhitespace(parts.jobTitle);
  const organization = collapseWhitespace(parts.organization);
  if (kind === 'b2c') return [name || organization].filter((line) => line !== '');
  if (name === '') return [organization].filter((line) => line !== '');
  const country = countryCode.trim().toUpperCase();
  const organizationFirst =
    order === 'country' ? organizationFirstCountries.has(country) : order === 'organization-first';
  let lines: string[];
  if (!organizationFirst) lines = [name, jobTitle, organization];
  else if (titleBeforeNameCountries.has(country)) lines = [organization, jobTitle, name];
  else lines = [organization, name, jobTitle];
  return lines.filter((line) => line !== '');
}
