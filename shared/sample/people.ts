import type { ClientKind, ContactPerson, LabeledValue } from '../model/client';
import { asciiWord } from './asciiWords';
import { fillPattern } from './patterns';
import type { SampleRandom } from './prng';
import type { CountryProfile, SampleCity } from './tables';
import { list } from './tables/countryProfile';

export interface SamplePersonName {
  givenName: string;
  familyName: string;
  /** ASCII forms for email addresses and profile links. */
  emailGiven: string;
  emailFamily: string;
}

/** A name as people of the country write it: accents, two family names, sometimes another script. */
export function drawPersonName(random: SampleRandom, country: CountryProfile): SamplePersonName {
  if (country.nativeScriptNames.length > 0 && random.chance(country.nativeScriptShare)) {
    const native = random.pick(country.nativeScriptNames);
    return {
      givenName: native.givenName,
      familyName: native.familyName,
      emailGiven: native.givenLatin,
      emailFamily: native.familyLatin,
    };
  }
  const givenName = random.pick(country.givenNames);
  const tableFamily = random.pick(country.familyNames);
  const firstFamily = country.familyNameFor ? country.familyNameFor(givenName, tableFamily) : tableFamily;
  let familyName = firstFamily;
  if (random.chance(country.doubleFamilyNameShare)) {
    const secondFamily = random.pick(country.familyNames);
    if (secondFamily !== tableFamily) familyName = `${firstFamily} ${secondFamily}`;
  }
  return {
    givenName,
    familyName,
    emailGiven: asciiWord(givenName),
    // People with two family names usually write only the first in an email address.
    emailFamily: asciiWord(firstFamily),
  };
}

/**
 * A name not yet used in `taken` within `scope` (the organization, or '' for consumers), so the
 * sample book does not show look-alike duplicates. Large books run out of combinations and then
 * repeat a name now and then, as real ones do.
 */
export function drawUniquePersonName(
  random: SampleRandom,
  country: CountryProfile,
  taken: Set<string>,
  scope: string,
): SamplePersonName {
  let name = drawPersonName(random, country);
  for (let attempt = 0; attempt < 6; attempt += 1) {
    const key = `${name.givenName} ${name.familyName}|${scope}`;
    if (!taken.has(key)) {
      taken.add(key);
      return name;
    }
    name = drawPersonName(random, country);
  }
  return name;
}

const workEmailStyles = [50, 15, 20, 10, 5];
const personalEmailStyles = [35, 25, 15, 10, 15];

/** "zoe.odegard", "zodegard", "zoe"...: the shapes work and personal addresses take. */
function emailLocalPart(random: SampleRandom, name: SamplePersonName, personal: boolean): string {
  const given = name.emailGiven || name.emailFamily;
  const family = name.emailFamily || name.emailGiven;
  const initial = given.charAt(0);
  if (personal) {
    switch (random.weighted(personalEmailStyles)) {
      case 0:
        return `${given}.${family}`;
      case 1:
        return `${given}${family}${random.int(10, 99)}`;
      case 2:
        return `${initial}.${family}`;
      case 3:
        return `${family}.${given}`;
      default:
        return `${given}${random.int(1960, 2004)}`;
    }
  }
  switch (random.weighted(workEmailStyles)) {
    case 0:
      return `${given}.${family}`;
    case 1:
      return given;
    case 2:
      return `${initial}${family}`;
    case 3:
      return `${given}${family}`;
    default:
      return `${given}_${family}`;
  }
}

const businessTitles =
  list(`Founder, Co-founder, Owner, Managing Director, CEO, Marketing Manager, Head of Marketing,
  Creative Director, Operations Manager, Office Manager, Communications Lead, Head of Product, Partner,
  Practice Manager, Brand Manager, Head Baker, Senior Associate, Chief Executive Officer and Co-founder`);
const nonprofitTitles =
  list(`Executive Director, Fundraising Manager, Volunteer Coordinator, Programme Director,
  Communications Officer, Chair of the Board of Trustees`);
const governmentTitles =
  list(`Communications Officer, Head of Digital Services, Procurement Officer, Project Manager,
  Policy Advisor, Programme Manager, Press Officer, Head of Communications and Public Engagement, Librarian,
  Events Coordinator, Deputy Director`);

export function drawJobTitle(random: SampleRandom, kind: ClientKind, nonprofit: boolean): string {
  if (kind === 'b2c' || random.chance(0.08)) return '';
  if (kind === 'b2g') return random.pick(governmentTitles);
  return random.pick(nonprofit ? nonprofitTitles : businessTitles);
}

export interface ContactInput {
  country: CountryProfile;
  city: SampleCity;
  kind: ClientKind;
  name: SamplePersonName;
  jobTitle: string;
  /** The organization's email domain, or '' when the person uses a personal address. */
  workDomain: string;
}

/** A contact person with emails and phones in the formats of their country. */
export function generateContact(random: SampleRandom, input: ContactInput): ContactPerson {
  const { country, city, kind, name, workDomain } = input;
  const emails: LabeledValue[] = [];
  const phones: LabeledValue[] = [];
  const freeMail = () => `${emailLocalPart(random, name, true)}@${random.pick(country.freeMailDomains)}`;
  const landline = () => fillPattern(random.pick(city.landlines), random);
  const mobile = () => fillPattern(random.pick(country.mobilePhones), random);
  if (kind === 'b2c') {
    if (random.chance(0.88)) emails.push({ label: 'personal', value: freeMail() });
    if (random.chance(0.7)) phones.push({ label: 'mobile', value: mobile() });
    if (random.chance(0.15)) phones.push({ label: 'home', value: landline() });
  } else {
    if (workDomain !== '') {
      if (random.chance(0.95)) {
        emails.push({ label: 'work', value: `${emailLocalPart(random, name, false)}@${workDomain}` });
      }
    } else {
      emails.push({ label: 'work', value: freeMail() });
    }
    if (random.chance(0.08)) emails.push({ label: 'personal', value: freeMail() });
    if (random.chance(0.65)) phones.push({ label: 'work', value: landline() });
    if (random.chance(0.4)) phones.push({ label: 'mobile', value: mobile() });
  }
  return {
    id: random.uuid(),
    givenName: name.givenName,
    familyName: name.familyName,
    jobTitle: input.jobTitle,
    emails,
    phones,
  };
}
