import type { ClientKind, PostalAddress } from '../model/client';
import { fillPattern } from './patterns';
import type { SampleRandom } from './prng';
import type { CountryProfile, SampleCity } from './tables';

export interface SampleAddress {
  address: PostalAddress;
  /** The city the address is in, so phones can take its area code. */
  city: SampleCity;
}

/**
 * A postal address written the way the country writes it: "221 Main Street" or "Hauptstraße 12",
 * a postal code in the national format. Some clients only have a city on file, as real books do.
 */
export function generateAddress(
  random: SampleRandom,
  country: CountryProfile,
  kind: ClientKind,
): SampleAddress {
  const city = random.pick(country.cities);
  const complete = random.chance(kind === 'b2c' ? 0.85 : 0.95);
  if (!complete) {
    return {
      city,
      address: { lines: [], city: city.name, region: city.region, postalCode: '', country: country.code },
    };
  }
  const lines = [streetLine(random, country)];
  const secondLines = kind === 'b2c' ? country.homeLines : country.officeLines;
  if (secondLines.length > 0 && random.chance(kind === 'b2c' ? 0.2 : 0.35)) {
    lines.push(fillPattern(random.pick(secondLines), random, country.patternLetters));
  }
  let postalCode = fillPattern(random.pick(city.postalCodes), random, country.patternLetters);
  if (country.postalExtension !== '' && random.chance(0.3)) {
    postalCode += fillPattern(country.postalExtension, random);
  }
  return {
    city,
    address: { lines, city: city.name, region: city.region, postalCode, country: country.code },
  };
}

function streetLine(random: SampleRandom, country: CountryProfile): string {
  const pattern = random.pick(country.streetLines);
  return fillPattern(pattern, random, country.patternLetters).replace(
    '{street}',
    random.pick(country.streets),
  );
}
