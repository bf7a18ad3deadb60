/** ISO 3166-1 alpha-2 codes of the officially assigned countries and territories. */
const countryCodes =
  `AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR
BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET
FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR
IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN
MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY
QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR
TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW`
    .split(/\s+/)
    .filter(Boolean);

const countryCodeSet = new Set(countryCodes);

export function isKnownCountryCode(code: string): boolean {
  return countryCodeSet.has(code);
}

/** All country codes with their names in the given locale, sorted by name. */
export function countryOptions(locale = 'en'): { code: string; name: string }[] {
  const names = new Intl.DisplayNames([locale], { type: 'region' });
  return countryCodes
    .map((code) => ({ code, name: names.of(code) ?? code }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}

/** The country's name for display, or the code itself when unknown. */
export function countryName(code: string, locale = 'en'): string {
  if (!isKnownCountryCode(code)) return code;
  let names = regionNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'region' });
    regionNames.set(locale, names);
  }
  return names.of(code) ?? code;
}

const regionNames = new Map<string, Intl.DisplayNames>();

/**
 * Finds a country code from what people write in address books: a code ("DE", "de"), an
 * English or local name ("Germany", "Deutschland"), or common aliases ("UK", "USA").
 */
export function countryCodeFromText(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const upper = trimmed.toUpperCase();
  if (isKnownCountryCode(upper)) return upper;
  const alias = countryAliases[foldName(trimmed)];
  if (alias) return alias;
  return countryNameIndex().get(foldName(trimmed)) ?? '';
}

const countryAliases: Record<string, string> = {
  uk: 'GB',
  'great britain': 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  usa: 'US',
  'u.s.a.': 'US',
  'u.s.': 'US',
  'united states of america': 'US',
  america: 'US',
  holland: 'NL',
  'the netherlands': 'NL',
  deutschland: 'DE',
  espana: 'ES',
  españa: 'ES',
  schweiz: 'CH',
  suisse: 'CH',
  osterreich: 'AT',
  österreich: 'AT',
  italia: 'IT',
  nederland: 'NL',
  belgique: 'BE',
  belgie: 'BE',
  danmark: 'DK',
  sverige: 'SE',
  norge: 'NO',
  suomi: 'FI',
  polska: 'PL',
  brasil: 'BR',
  mexico: 'MX',
  méxico: 'MX',
  'south korea': 'KR',
  'czech republic': 'CZ',
  russia: 'RU',
};

function foldName(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

let nameIndex: Map<string, string> | undefined;

function countryNameIndex(): Map<string, string> {
  if (nameIndex) return nameIndex;
  nameIndex = new Map();
  for (const locale of ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt']) {
    const names = new Intl.DisplayNames([locale], { type: 'region' });
    for (const code of countryCodes) {
      const name = names.of(code);
      if (name && !nameIndex.has(foldName(name))) nameIndex.set(foldName(name), code);
    }
  }
  return nameIndex;
}
