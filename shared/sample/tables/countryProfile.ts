/** What the generator knows about one country: names, places and the formats people write there. */
export interface CountryProfile {
  /** ISO 3166-1 alpha-2 code. */
  code: string;
  /** Relative share of sample clients from this country. */
  weight: number;
  currency: string;
  givenNames: readonly string[];
  familyNames: readonly string[];
  /** Share of people with two family names ("García López"). */
  doubleFamilyNameShare: number;
  /** Share of people who write their name in another script, drawn from `nativeScriptNames`. */
  nativeScriptShare: number;
  nativeScriptNames: readonly NativeScriptName[];
  /** The family name as this person carries it (Polish "Kowalska" for Anna, "Kowalski" for Piotr). */
  familyNameFor?: (givenName: string, familyName: string) => string;
  cities: readonly SampleCity[];
  streets: readonly string[];
  /** Street-line patterns around `{street}`; see fillPattern for '#', '%' and '@'. */
  streetLines: readonly string[];
  /** Second address lines for offices ("Suite 2##") and homes ("Flat %"). */
  officeLines: readonly string[];
  homeLines: readonly string[];
  /** Letters '@' stands for in this country's patterns: only those its postal codes allow. */
  patternLetters: string;
  /** Appended to some postal codes (ZIP+4). */
  postalExtension: string;
  mobilePhones: readonly string[];
  /** Domain endings: "co.uk" for businesses, "gov.uk" for government, "ac.uk" for universities. */
  webDomain: string;
  governmentDomain: string;
  universityDomain: string;
  freeMailDomains: readonly string[];
  /** Legal forms added to made-up business names ("" for none). */
  companySuffixes: readonly string[];
  /** Local business names with {family}, {family2} and {city}. */
  businesses: readonly string[];
  /** Public bodies: templates with {city} or {region}, or fixed names. */
  government: readonly string[];
}

export interface SampleCity {
  name: string;
  region: string;
  postalCodes: readonly string[];
  /** Landline patterns with the country and area code. */
  landlines: readonly string[];
}

/** A name written in a non-Latin script, with the romanised form an email address uses. */
export interface NativeScriptName {
  givenName: string;
  familyName: string;
  givenLatin: string;
  familyLatin: string;
}

/** "Ana, Zoë, Łukasz" → a list: tables stay one line per kind of name. */
export function list(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** One entry per line, for names that may hold commas ("Department for Culture, Media and Sport"). */
export function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** One city per line: "name | region | postal patterns / ... | landline patterns / ...". */
export function cities(text: string): SampleCity[] {
  return lines(text).map((line) => {
    const [name = '', region = '', postalCodes = '', landlines = ''] = line
      .split('|')
      .map((part) => part.trim());
    return { name, region, postalCodes: slashList(postalCodes), landlines: slashList(landlines) };
  });
}

/** One person per line: "given family = givenLatin familyLatin". */
export function nativeNames(text: string): NativeScriptName[] {
  return lines(text).map((line) => {
    const [native = '', latin = ''] = line.split('=');
    const [givenName = '', familyName = ''] = native.trim().split(/\s+/);
    const [givenLatin = '', familyLatin = ''] = latin.trim().split(/\s+/);
    return { givenName, familyName, givenLatin, familyLatin };
  });
}

function slashList(text: string): string[] {
  return text
    .split('/')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
