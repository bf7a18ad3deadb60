/**
 * Postal code shapes per country, for flagging codes that cannot be right ("1234" in Germany).
 * The patterns check the shape the national post publishes, not whether the code exists.
 */
const postalCodePatterns: Record<string, RegExp> = {
  US: /^\d{5}(-\d{4})?$/,
  // Canada Post: letter-digit-letter digit-letter-digit; D, F, I, O, Q, U never appear.
  CA: /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d$/,
  // Royal Mail: outward code (A9, A99, A9A, AA9, AA99, AA9A) + inward code (9AA); GIR 0AA is Girobank.
  GB: /^(GIR ?0AA|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})$/,
  DE: /^\d{5}$/,
  FR: /^\d{5}$/,
  ES: /^(0[1-9]|[1-4]\d|5[0-2])\d{3}$/,
  IT: /^\d{5}$/,
  NL: /^[1-9]\d{3} ?[A-Z]{2}$/,
  BE: /^[1-9]\d{3}$/,
  CH: /^[1-9]\d{3}$/,
  AT: /^[1-9]\d{3}$/,
  SE: /^\d{3} ?\d{2}$/,
  DK: /^\d{4}$/,
  NO: /^\d{4}$/,
  FI: /^\d{5}$/,
  PL: /^\d{2}-\d{3}$/,
  PT: /^\d{4}-\d{3}$/,
  // Eircode: routing key (letter + two digits, or D6W) + four-character unique identifier.
  IE: /^([AC-FHKNPRTV-Y]\d{2}|D6W) ?[\dAC-FHKNPRTV-Y]{4}$/,
  AU: /^\d{4}$/,
  NZ: /^\d{4}$/,
  JP: /^\d{3}-?\d{4}$/,
  BR: /^\d{5}-?\d{3}$/,
  IN: /^[1-9]\d{2} ?\d{3}$/,
  MX: /^\d{5}$/,
};

/**
 * Countries where post is delivered without postal codes, so a missing one is no problem.
 * Ireland is here too: Eircodes exist but letters without one are still delivered.
 */
const countriesWithoutPostalCodes = new Set(
  `AE AG AO AW BF BI BJ BO BS BW BZ CD CF CG CI CK CM DJ DM ER FJ GA GD GH GM GQ GY HK IE KI KM KN KP
  LC ML MO MR MW NR NU QA RW SB SC SL SR ST SY TD TF TG TK TL TO TT TV UG VU YE ZW`.split(/\s+/),
);

/** Whether letters to the country need a postal code; true for unknown countries, to be safe. */
export function countryUsesPostalCodes(countryCode: string): boolean {
  return !countriesWithoutPostalCodes.has(countryCode);
}

/** Upper case, full-width digits made plain, a leading 〒 (Japan) dropped, spaces collapsed. */
function comparablePostalCode(postalCode: string): string {
  return postalCode.normalize('NFKC').replace(/^〒/, '').replace(/\s+/g, ' ').trim().toUpperCase();
}

/**
 * Whether the postal code has the country's shape: true or false for countries in the table,
 * undefined where the app does not know the shape (then nothing is flagged).
 */
export function postalCodeFitsCountry(postalCode: string, countryCode: string): boolean | undefined {
  const pattern = postalCodePatterns[countryCode];
  if (!pattern) return undefined;
  return pattern.test(comparablePostalCode(postalCode));
}
