import type { ClientKind } from '../model/client';
import { asciiWord, asciiWords } from './asciiWords';
import type { SampleRandom } from './prng';
import type { CountryProfile, SampleCity } from './tables';
import { lines, list } from './tables/countryProfile';

export interface SampleOrganization {
  name: string;
  /** The domain its website and work emails use, e.g. "copperkettlebakery.co.uk". */
  domain: string;
  nonprofit: boolean;
}

const adjectives =
  list(`Blue, Northern, Copper, Bright, Silver, Golden, Little, Wild, Quiet, Open, Red, Evergreen,
  True, Clear, Bold, Hidden, Salt, Morning`);
const nouns = list(`Harbor, Fox, Oak, Kettle, River, Lantern, Orchard, Pine, Compass, Anchor, Meadow, Sparrow,
  Beacon, Thread, Pebble, Summit, Willow, Ember`);

// Names that read well in any country; the {city} ones only where the city name is English too.
const businesses = lines(`
  {adj} {noun} Studio
  {adj} {noun} Design
  {noun} & {noun2} Creative
  {family} Consulting
  {adj} {noun} Bakery
  {family} & {family2} Architects
  {noun} Analytics
  {adj} {noun} Coffee
  {family} Photography
  The {adj} {noun} Company
  {noun}works Software
  {adj} {noun} Yoga
  {adj} {noun} Sustainable Architecture & Landscape Design Collective`);
const englishCityBusinesses = lines(`
  {city} Dental Care
  {city} Veterinary Clinic
  {city} Independent Booksellers, Printers and Stationers Cooperative`);
const nonprofits = lines(`
  {adj} {noun} Foundation
  The {family} Family Foundation
  {adj} Paws Animal Rescue
  Open Doors Refugee Support Network
  Friends of the {noun} Valley Nature Reserve and Wildlife Education Centre`);
const englishCityNonprofits = lines(`
  {city} Food Bank
  {city} Community Arts Trust
  {city} Youth Orchestra`);
const englishSpeaking = new Set(['US', 'GB', 'CA', 'AU', 'IE']);

// Words a domain leaves out: articles, joins and legal forms ("GmbH", "sp. z o.o.").
const domainStopWords = new Set(
  list(`the, and, of, for, de, la, le, les, du, des, di, da, del, della, degli, van, den, der, von, y, e, i, und,
    fur, og, och, en, w, llc, inc, ltd, llp, gmbh, ug, sarl, sas, sl, srl, bv, ab, as, pty, co, kk, ltda, sa, cv,
    sc, sp, spk, dr`),
);

/** A business or public body of the country, with a believable domain, not yet in `taken` if possible. */
export function generateOrganization(
  random: SampleRandom,
  country: CountryProfile,
  kind: Exclude<ClientKind, 'b2c'>,
  city: SampleCity,
  taken: Set<string>,
): SampleOrganization {
  let organization = drawOrganization(random, country, kind, city);
  for (let attempt = 0; attempt < 6 && taken.has(organization.name); attempt += 1) {
    organization = drawOrganization(random, country, kind, city);
  }
  taken.add(organization.name);
  return organization;
}

function drawOrganization(
  random: SampleRandom,
  country: CountryProfile,
  kind: Exclude<ClientKind, 'b2c'>,
  city: SampleCity,
): SampleOrganization {
  const english = englishSpeaking.has(country.code);
  if (kind === 'b2g') {
    const template = random.pick(country.government);
    const name = fillName(template, random, country, city);
    return { name, domain: publicBodyDomain(template, name, country, city), nonprofit: false };
  }
  if (random.chance(0.12)) {
    const templates = english && random.chance(0.4) ? englishCityNonprofits : nonprofits;
    const name = fillName(random.pick(templates), random, country, city);
    return { name, domain: businessDomain(random, name, country), nonprofit: true };
  }
  let name: string;
  if (random.chance(0.45)) {
    name = fillName(random.pick(country.businesses), random, country, city);
  } else {
    const templates = english && random.chance(0.2) ? englishCityBusinesses : businesses;
    const suffix = random.pick(country.companySuffixes);
    name = fillName(random.pick(templates), random, country, city) + (suffix ? ` ${suffix}` : '');
  }
  return { name, domain: businessDomain(random, name, country), nonprofit: false };
}

function fillName(template: string, random: SampleRandom, country: CountryProfile, city: SampleCity): string {
  const family = random.pick(country.familyNames);
  let family2 = random.pick(country.familyNames);
  if (family2 === family) family2 = random.pick(country.familyNames);
  const noun = random.pick(nouns);
  let noun2 = random.pick(nouns);
  if (noun2 === noun) noun2 = random.pick(nouns);
  const name = template
    .replace('{family}', family)
    .replace('{family2}', family2)
    .replace('{city}', city.name)
    .replace('{region}', city.region)
    .replace('{adj}', random.pick(adjectives))
    .replace('{noun}', noun)
    .replace('{noun2}', noun2);
  // "de Jong Advocaten" starts a name, so it is written "De Jong Advocaten".
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** "Blue Fox Studio Ltd" → "bluefoxstudio.co.uk" (or ".com", as many small firms pick). */
function businessDomain(random: SampleRandom, name: string, country: CountryProfile): string {
  const words = asciiWords(name).filter((word) => word.length > 1 && !domainStopWords.has(word));
  const kept: string[] = [];
  for (const word of words) {
    if (kept.length === 3 || kept.join('').length + word.length > 24) break;
    kept.push(word);
  }
  const label = kept.length === 0 ? 'studio' : kept.join(kept.join('').length > 16 ? '-' : '');
  return `${label}.${random.chance(0.25) ? 'com' : country.webDomain}`;
}

/** "City of Austin" → "austin.gov"; "Department for Culture, Media and Sport" → "dcms.gov.uk". */
function publicBodyDomain(template: string, name: string, country: CountryProfile, city: SampleCity): string {
  const university = /univ/i.test(name);
  const ending = university ? country.universityDomain : country.governmentDomain;
  if (template.includes('{city}')) return `${asciiWord(city.name)}.${ending}`;
  if (template.includes('{region}')) return `${asciiWord(city.region)}.${ending}`;
  const words = asciiWords(name).filter((word) => !domainStopWords.has(word));
  const initials = words.map((word) => word.charAt(0)).join('');
  const label = initials.length >= 3 ? initials.slice(0, 6) : words.slice(0, 2).join('');
  return `${label}.${ending}`;
}
