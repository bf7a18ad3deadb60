import type { ClientDetails } from '../../shared/model/client';

/**
 * Deterministic Google Contacts CSV (current layout) for the import benchmark and large tests:
 * varied names with accents and other scripts, " ::: " multi-values, groups, addresses. Node
 * and browser alike; no imports at run time, so Playwright can load it without path aliases.
 */

const header = words(
  'First Name|Middle Name|Last Name|Phonetic First Name|Phonetic Middle Name|Phonetic Last Name|' +
    'Name Prefix|Name Suffix|Nickname|File As|Organization Name|Organization Title|' +
    'Organization Department|Birthday|Notes|Photo|Labels|E-mail 1 - Label|E-mail 1 - Value|' +
    'E-mail 2 - Label|E-mail 2 - Value|Phone 1 - Label|Phone 1 - Value|Phone 2 - Label|' +
    'Phone 2 - Value|Address 1 - Label|Address 1 - Formatted|Address 1 - Street|Address 1 - City|' +
    'Address 1 - PO Box|Address 1 - Region|Address 1 - Postal Code|Address 1 - Country|' +
    'Address 1 - Extended Address|Website 1 - Label|Website 1 - Value',
);

const givenNames = words(
  'Ana|María|José|François|Zoë|Łukasz|Søren|Björn|Renée|Jürgen|Chloé|Mateo|Noémie|Kai|Aiko|Mei|' +
    'Priya|Olúwaseun|Dmitri|Елена|美咲|Yusuf|Émile|Inès|Hélène|Lars|Ingrid|Giulia|Luca|Sofía|Tomás|' +
    'João|Gül|Ömer|Ewa|Zsófia|Seán|Aoife|Nguyễn|Amara',
);
const familyNames = words(
  'Ruiz|García|Müller|Østergaard|Nowak|Lefèvre|Dubois|Weiß|Åkesson|Kowalski|Smith|Johnson|Tanaka|' +
    "Sato|Kim|O'Brien|Fernández|Rossi|Bianchi|Novák|Horváth|Yılmaz|Papadopoulos|Silva|Costa|Jensen|" +
    'Schmidt|van Dijk|de Vries|Dupont|Moreau|González|Иванова|佐藤|Chen|Okafor|Adébáyọ̀|Lindqvist|' +
    'Ferreira|Kovač',
);
const organizationNames = words(
  'Atelier Lumière|Nordlys|Müller & Söhne|Ruiz|Kaffebrygghuset|サクラ|Cobol|Lagos Prints|Okafor|' +
    'Groß & Partner|Ōtsuka|Café Zoë|Raman|Dubois|Bäckerei Weiß|Fjord|Casa Fernández|Pixel & Co|Łódź|' +
    'Smith, Jones|Aurora|Blue Harbor|Cedar|Delta|Elm Street|Falcon|Granite|Helios|Iris|Juniper|' +
    'Kestrel|Lumen|Maple|Nimbus|Orchard|Pioneer|Quartz|Riverside|Summit|Tundra',
);
const organizationForms = words(
  'GmbH|AB|SL|Inc.|Ltd|Studio|Design|Consulting|Media|Films|Architects|Partners|SARL|KK|BV|Oy|Labs|' +
    'Works|Group|Collective',
);
const places: { city: string; region: string; postalCode: string; country: string; phone: string }[] = [
  { city: 'Paris', region: 'Île-de-France', postalCode: '75011', country: 'France', phone: '+33 1 ' },
  { city: 'Berlin', region: 'Berlin', postalCode: '10117', country: 'Germany', phone: '+49 30 ' },
  { city: 'München', region: 'Bayern', postalCode: '80539', country: 'Deutschland', phone: '+49 89 ' },
  { city: 'Madrid', region: 'Madrid', postalCode: '28014', country: 'Spain', phone: '+34 91 ' },
  { city: 'København', region: '', postalCode: '2200', country: 'Denmark', phone: '+45 32 ' },
  { city: 'Kraków', region: 'Małopolskie', postalCode: '31-042', country: 'Poland', phone: '+48 12 ' },
  { city: 'New York', region: 'NY', postalCode: '10001', country: 'United States', phone: '+1 212 ' },
  { city: 'London', region: '', postalCode: 'E14 5AB', country: 'United Kingdom', phone: '+44 20 ' },
  { city: 'Tokyo', region: '東京都', postalCode: '100-0001', country: 'Japan', phone: '+81 3 ' },
  { city: 'Lagos', region: 'Lagos', postalCode: '100001', country: 'Nigeria', phone: '+234 1 ' },
  { city: 'São Paulo', region: 'SP', postalCode: '01310-100', country: 'Brazil', phone: '+55 11 ' },
  { city: 'Zürich', region: 'ZH', postalCode: '8001', country: 'Switzerland', phone: '+41 44 ' },
];
const streets = words(
  'Rue des Lilas|Königstraße|Calle de Alcalá|Nørrebrogade|Main Street|Via Roma|Sveavägen|' + 'Ulica Długa',
);
const groups = words('Clients|Prospects|Newsletter|Friends|Workshop 2024|VIP');

function words(list: string): string[] {
  return list.split('|');
}

/** Mulberry32: small, fast and the same on every platform. */
function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

function asciiWord(text: string): string {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
  return folded || 'contact';
}

/** About 800 organizations and tens of thousands of names, so collisions are as rare as in a real book. */
function organizationOf(pick: <T>(list: readonly T[]) => T): string {
  return `${pick(organizationNames)} ${pick(organizationForms)}`;
}

function givenNameOf(pick: <T>(list: readonly T[]) => T, random: () => number): string {
  return random() < 0.4 ? `${pick(givenNames)} ${pick(givenNames)}` : pick(givenNames);
}

function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface GoogleCsvOptions {
  /** Existing clients some rows repeat (by their first person's name and email). */
  duplicatesOf?: readonly ClientDetails[];
  /** Share of rows that repeat one of duplicatesOf, 0 to 1. */
  duplicateShare?: number;
}

/** A Google Contacts CSV with `rows` contacts; the same seed always gives the same text. */
export function googleContactsCsv(rows: number, seed: number, options: GoogleCsvOptions = {}): string {
  const random = randomSource(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const digits = (count: number) => Array.from({ length: count }, () => Math.floor(random() * 10)).join('');
  const duplicates = options.duplicatesOf ?? [];
  const lines: string[] = [header.join(',')];
  for (let index = 0; index < rows; index += 1) {
    const values: Record<string, string> = {};
    const existing =
      duplicates.length > 0 && random() < (options.duplicateShare ?? 0) ? pick(duplicates) : null;
    const person = existing?.contacts[0];
    const given = person?.givenName ?? givenNameOf(pick, random);
    const family = person?.familyName ?? pick(familyNames);
    const place = pick(places);
    const organization = existing ? existing.organization : random() < 0.55 ? organizationOf(pick) : '';
    const domain = organization ? `${asciiWord(organization)}.example` : 'mail.example';
    values['First Name'] = given;
    values['Last Name'] = family;
    values['Organization Name'] = organization;
    if (organization && random() < 0.6)
      values['Organization Title'] = pick(['Founder', 'Marketing Lead', 'Directrice', 'CTO', 'Einkauf']);
    values.Labels = [
      '* myContacts',
      ...(random() < 0.5 ? [pick(groups)] : []),
      ...(random() < 0.1 ? ['* starred'] : []),
    ].join(' ::: ');
    const email = person?.emails[0]?.value ?? `${asciiWord(given)}.${asciiWord(family)}.${index}@${domain}`;
    values['E-mail 1 - Label'] = organization ? '* Work' : '* Home';
    values['E-mail 1 - Value'] =
      random() < 0.15 ? `${email} ::: ${asciiWord(given)}${index}@mail.example` : email;
    if (random() < 0.2) {
      values['E-mail 2 - Label'] = 'Other';
      values['E-mail 2 - Value'] = `${asciiWord(family)}.${index}@other.example`;
    }
    values['Phone 1 - Label'] = 'Mobile';
    values['Phone 1 - Value'] = person?.phones[0]?.value ?? `${place.phone}${digits(3)} ${digits(4)}`;
    if (random() < 0.3) {
      values['Phone 2 - Label'] = 'Work';
      values['Phone 2 - Value'] = `${place.phone}${digits(7)}`;
    }
    if (random() < 0.7) {
      const street = `${pick(streets)} ${1 + Math.floor(random() * 120)}`;
      values['Address 1 - Label'] = organization ? 'Work' : 'Home';
      values['Address 1 - Street'] = street;
      values['Address 1 - City'] = place.city;
      values['Address 1 - Region'] = place.region;
      values['Address 1 - Postal Code'] = place.postalCode;
      values['Address 1 - Country'] = place.country;
      values['Address 1 - Formatted'] = `${street}\n${place.postalCode} ${place.city}\n${place.country}`;
    }
    if (organization && random() < 0.4) values['Website 1 - Value'] = `https://www.${domain}`;
    if (random() < 0.25)
      values.Notes = pick([
        'Met at a conference, follow up in spring.',
        'Prefers calls, not email.\nInvoices in EUR.',
        'Referred by "Ana", met in Paris, 2024',
      ]);
    if (random() < 0.1)
      values.Birthday = `19${digits(2)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`;
    lines.push(header.map((column) => csvCell(values[column] ?? '')).join(','));
  }
  return `${lines.join('\n')}\n`;
}
