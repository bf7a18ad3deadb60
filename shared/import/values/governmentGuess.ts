import { foldForMatching } from '../../text/normalize';

/** Why an organization looks like a government body, in words for the preview. */
export type GovernmentClue = 'name' | 'email' | '';

/**
 * Words that name public bodies in the languages of the app's users. Matched as whole words on
 * the folded name (accents and case ignored), so "Countryside Ltd" is no "County".
 */
const governmentNamePatterns: RegExp[] = [
  /\b(city|town|village|borough|county|state|province|region|district|republic|kingdom|commonwealth) of\b/,
  /\b(city|town|county|district|borough|parish|regional|municipal|shire) council\b/,
  /\bcouncil of\b/,
  /^council\b/,
  /\bcounty\b/,
  /\bministry\b|\bministere\b|\bministerio\b|\bministerium\b|\bministero\b|\bministerstwo\b/,
  /\bdepartment of\b|\bdepartement\b|\bdepartamento de\b/,
  /\bagency\b|\bagence\b|\bagencia\b|\bagentur\b/,
  /\bmunicipality\b|\bmunicipalite\b|\bmunicipio\b|\bgemeente\b|\bgmina\b/,
  /\bgemeinde\b|\bstadtverwaltung\b|\bstadt\b|\blandratsamt\b|\bbundesamt\b|\blandesamt\b|\bbehorde\b/,
  /\bville de\b|\bmairie\b|\bprefecture\b|\bconseil (departemental|regional|municipal)\b/,
  /\bayuntamiento\b|\bconcello\b|\bajuntament\b|\bcomune di\b|\bregione\b|\burzad\b/,
  /\bgovernment\b|\bgouvernement\b|\bgobierno\b|\bregierung\b|\bpublic authority\b/,
  /\bparliament\b|\bsenate\b|\bembassy\b|\bconsulate\b|\bhm revenue\b|\bnhs\b/,
];

/**
 * Email and web domains of public bodies: .gov (also .gov.uk, .gov.au…), .mil, .gouv.fr,
 * .gob.es, .govt.nz, .gc.ca, .bund.de, .europa.eu, .admin.ch, .gv.at.
 */
const governmentDomain =
  /(^|\.)(gov|mil)(\.[a-z]{2})?$|(^|\.)(gouv|gob|govt|gc|bund|gv|admin)\.[a-z]{2}$|(^|\.)europa\.eu$/;

export function isGovernmentDomain(domain: string): boolean {
  return governmentDomain.test(domain.trim().toLowerCase().replace(/\.$/, ''));
}

export function isGovernmentName(organization: string): boolean {
  const folded = foldForMatching(organization)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return folded !== '' && governmentNamePatterns.some((pattern) => pattern.test(folded));
}

/** The clue that an organization is a government body: its name first, else an email domain. */
export function governmentClue(organization: string, emailDomains: readonly string[]): GovernmentClue {
  if (isGovernmentName(organization)) return 'name';
  return emailDomains.some(isGovernmentDomain) ? 'email' : '';
}
