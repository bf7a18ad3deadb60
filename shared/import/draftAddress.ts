import { countryCodeFromText as lookUpCountryCode } from '../geo/countries';
import type { ClientKind, PostalAddress } from '../model/client';
import { collapseWhitespace } from '../text/normalize';
import type { AddressDraft, SourcedValue } from './contactDraft';
import { splitOneLineAddress } from './values/cellValues';
import { normalizeContactLabel } from './values/labels';

export interface ChosenAddress {
  address: PostalAddress;
  /** A country text that names no country, to be reported and kept in the notes. */
  unknownCountry: SourcedValue | null;
  /** The other addresses on the row, one line each, for the notes. */
  otherAddresses: string[];
}

/**
 * A client has one postal address; address books have several (Outlook: business, home,
 * other). A business client gets its work address, a consumer their home one; the others
 * are kept in the notes so nothing is lost.
 */
export function chooseAddress(addresses: readonly AddressDraft[], kind: ClientKind): ChosenAddress {
  const filled = addresses
    .map((draft) => ({ draft, address: toPostalAddress(draft) }))
    .filter(({ address }) => !isEmptyAddress(address.address) || address.countryText !== '');
  const preferred = kind === 'b2c' ? 'home' : 'work';
  const chosen = filled.find(({ draft }) => kindOf(draft) === preferred) ?? filled[0];
  if (!chosen)
    return {
      address: { lines: [], city: '', region: '', postalCode: '', country: '' },
      unknownCountry: null,
      otherAddresses: [],
    };
  const otherAddresses = filled
    .filter((entry) => entry !== chosen)
    .map(({ draft, address }) => {
      const label = draft.label || draft.key;
      const text = oneLine(address.address, address.countryText);
      return /^\d+$/.test(label) ? `Address: ${text}` : `${capitalize(label)} address: ${text}`;
    });
  return { address: chosen.address.address, unknownCountry: chosen.address.unknownCountry, otherAddresses };
}

const countryCache = new Map<string, string>();

/** Country texts repeat across rows ("Germany", "DE"); looking each up once keeps big imports fast. */
function countryCodeFromText(text: string): string {
  let code = countryCache.get(text);
  if (code === undefined) {
    code = lookUpCountryCode(text);
    if (countryCache.size < 2000) countryCache.set(text, code);
  }
  return code;
}

function kindOf(draft: AddressDraft): string {
  return normalizeContactLabel(draft.label) || normalizeContactLabel(draft.key);
}

function toPostalAddress(draft: AddressDraft): {
  address: PostalAddress;
  unknownCountry: SourcedValue | null;
  countryText: string;
} {
  let lines = [...draft.street, draft.extended].flatMap(splitLines);
  if (draft.poBox.trim())
    lines.push(/^\d/.test(draft.poBox.trim()) ? `PO Box ${draft.poBox.trim()}` : draft.poBox.trim());
  let { city, region, postalCode } = draft;
  let countryText = draft.country?.value.trim() ?? '';
  const hasParts = lines.length > 0 || city.trim() || region.trim() || postalCode.trim();
  if (!hasParts && draft.oneLine.trim()) {
    const parts = splitOneLineAddress(draft.oneLine, (text) => countryCodeFromText(text) !== '');
    ({ lines, city, region, postalCode } = parts);
    countryText ||= parts.country;
  } else if (!hasParts && draft.formatted.trim()) {
    lines = splitLines(draft.formatted);
  }
  const country = countryCodeFromText(countryText);
  const unknownCountry =
    countryText && !country ? { value: countryText, label: '', field: draft.country?.field ?? '' } : null;
  return {
    address: { lines, city: city.trim(), region: region.trim(), postalCode: postalCode.trim(), country },
    unknownCountry,
    countryText,
  };
}

function splitLines(text: string): string[] {
  return text
    .split('\n')
    .map(collapseWhitespace)
    .filter((line) => line !== '');
}

function isEmptyAddress(address: PostalAddress): boolean {
  return (
    address.lines.length === 0 && !address.city && !address.region && !address.postalCode && !address.country
  );
}

function oneLine(address: PostalAddress, countryText: string): string {
  return [
    ...address.lines,
    [address.postalCode, address.city].filter(Boolean).join(' '),
    address.region,
    countryText,
  ]
    .filter((part) => part !== '')
    .join(', ');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
