import {
  type AcquisitionChannel,
  acquisitionChannelLabels,
  acquisitionChannels,
  type ClientKind,
  type ContactMethod,
  clientKindLabels,
  contactMethodLabels,
  contactMethods,
  type Permission,
  type SocialNetwork,
} from '../../model/client';
import { collapseWhitespace, foldForMatching } from '../../text/normalize';
import { normalizeWebUrl } from '../../validation/contactValues';

/** Google joins several values of one field with " ::: "; nobody types that by accident. */
export const multiValueSeparator = ' ::: ';

const key = (text: string) =>
  foldForMatching(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * A word table read by own keys only: a cell saying "constructor" or "toString" is no word of
 * ours, not a property every object inherits.
 */
function wordTable<T extends string>(words: Record<string, T>): Map<string, T> {
  return new Map(Object.entries(words));
}

const kindWords = wordTable<ClientKind>({
  b2b: 'b2b',
  business: 'b2b',
  company: 'b2b',
  organization: 'b2b',
  organisation: 'b2b',
  b2g: 'b2g',
  government: 'b2g',
  'public sector': 'b2g',
  b2c: 'b2c',
  consumer: 'b2c',
  person: 'b2c',
  individual: 'b2c',
  private: 'b2c',
});
for (const [kind, label] of Object.entries(clientKindLabels)) kindWords.set(key(label), kind as ClientKind);

export function parseKind(text: string): ClientKind | '' {
  return kindWords.get(key(text)) ?? '';
}

const channelWords = wordTable<AcquisitionChannel>({
  recommendation: 'referral',
  'word of mouth': 'referral',
  referred: 'referral',
  web: 'website',
  'organic search': 'website',
  seo: 'website',
  'social network': 'social',
  linkedin: 'social',
  facebook: 'social',
  instagram: 'social',
  twitter: 'social',
  conference: 'event',
  talk: 'event',
  meetup: 'event',
  'email marketing': 'newsletter',
  ads: 'advertising',
  'paid search': 'advertising',
  'paid social': 'advertising',
});
for (const channel of acquisitionChannels) {
  channelWords.set(channel, channel);
  channelWords.set(key(acquisitionChannelLabels[channel]), channel);
}

/** The acquisition channel a text names, or '' when it names none (the text is then a detail). */
export function parseChannel(text: string): AcquisitionChannel | '' {
  return text === '' ? '' : (channelWords.get(key(text)) ?? '');
}

const methodWords = wordTable<ContactMethod>({
  'e mail': 'email',
  mail: 'email',
  sms: 'text',
  letter: 'post',
});
for (const method of contactMethods) {
  methodWords.set(method, method);
  methodWords.set(key(contactMethodLabels[method]), method);
}

export function parsePreferredContact(text: string): ContactMethod | '' {
  return methodWords.get(key(text)) ?? '';
}

const yes = new Set(['yes', 'y', 'true', '1', 'x', 'ja', 'oui', 'si', 'on']);
const no = new Set(['no', 'n', 'false', '0', 'nein', 'non', 'off']);

/** true, false, or null when the text is neither a yes nor a no. */
export function parseYesNo(text: string): boolean | null {
  const word = key(text);
  if (yes.has(word)) return true;
  if (no.has(word)) return false;
  return null;
}

const unknown = new Set(['unknown', 'not known', 'ask first', 'ask', '?']);

/** A permission cell: yes, no, or 'unknown'; null when the text is none of them. */
export function parsePermission(text: string): Permission | null {
  if (unknown.has(key(text)) || text.trim() === '?') return 'unknown';
  return parseYesNo(text);
}

/** Google's built-in groups; "My Contacts" holds everyone, so it is no tag. */
const googleSystemGroups = wordTable<string>({
  mycontacts: '',
  starred: 'Starred',
  friends: 'Friends',
  family: 'Family',
  coworkers: 'Coworkers',
});

/**
 * Tags from a cell: Google's "* myContacts ::: Clients", a comma or semicolon list, or
 * Mailchimp's quoted list ("Client","VIP").
 */
export function splitTags(text: string): string[] {
  return text
    .split(/\s+:::\s+|[,;\n]/)
    .map((part) =>
      part
        .trim()
        .replace(/^"(.*)"$/, '$1')
        .trim(),
    )
    .map((part) =>
      part.startsWith('* ')
        ? (googleSystemGroups.get(part.slice(2).toLowerCase().replace(/\s+/g, '')) ?? part.slice(2))
        : part,
    )
    .filter((part) => part !== '');
}

export function splitTagLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * Email addresses in a cell: "a@x.com; b@y.com", "Ruiz, Ana <ana@x.com>", "mailto:ana@x.com".
 * A cell with no address in it comes back whole, so it can be reported as not an email.
 */
export function splitEmails(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  const found = trimmed.match(/[^\s<>,;:"()[\]]+@[^\s<>,;:"()[\]]+/g);
  return found ? [...found] : [trimmed];
}

export function splitPhones(text: string): string[] {
  return text
    .split(/\s+:::\s+|[;\n]/)
    .map((part) => part.trim().replace(/^tel:/i, ''))
    .filter((part) => part !== '');
}

const handleSites: Record<SocialNetwork, string> = {
  linkedin: 'https://www.linkedin.com/in/',
  x: 'https://x.com/',
  facebook: 'https://www.facebook.com/',
  instagram: 'https://www.instagram.com/',
};

/** A profile link from a link or a bare handle ("@ana_ruiz"); '' when it is neither. */
export function socialProfileLink(network: SocialNetwork, text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const handle = /^@?([\p{L}\p{N}._-]{1,100})$/u.exec(trimmed);
  if (handle?.[1] && (trimmed.startsWith('@') || !trimmed.includes('.')))
    return `${handleSites[network]}${handle[1]}`;
  return normalizeWebUrl(trimmed);
}

/** Which network a web address belongs to, if any: lets a "Website" column fill the LinkedIn field. */
export function socialNetworkOfUrl(url: string): SocialNetwork | null {
  const host =
    /^(?:[a-z][a-z\d+.-]*:\/\/)?(?:[^@/]*@)?([^/:?#]+)/i.exec(url.trim())?.[1]?.toLowerCase() ?? '';
  if (/(^|\.)linkedin\.com$/.test(host)) return 'linkedin';
  if (/(^|\.)(x|twitter)\.com$/.test(host)) return 'x';
  if (/(^|\.)facebook\.com$/.test(host)) return 'facebook';
  if (/(^|\.)instagram\.com$/.test(host)) return 'instagram';
  return null;
}

export interface AddressParts {
  lines: string[];
  city: string;
  region: string;
  postalCode: string;
  country: string;
}

/**
 * Mailchimp writes an address in one cell, its parts separated by two spaces:
 * "1 Main St  Apt 2  Atlanta  GA  30303  US". Anything else is kept as one street line.
 */
export function splitOneLineAddress(text: string, isCountry: (part: string) => boolean): AddressParts {
  const parts = text
    .split(/\s{2,}/)
    .map((part) => part.trim())
    .filter(Boolean);
  const empty = { lines: [], city: '', region: '', postalCode: '', country: '' };
  if (parts.length < 4) return { ...empty, lines: [collapseWhitespace(text)].filter(Boolean) };
  const country = isCountry(parts[parts.length - 1] ?? '') ? (parts.pop() ?? '') : '';
  const postalCode = /\d/.test(parts[parts.length - 1] ?? '') ? (parts.pop() ?? '') : '';
  const region = parts.length > 2 ? (parts.pop() ?? '') : '';
  const city = parts.length > 1 ? (parts.pop() ?? '') : '';
  return { lines: parts, city, region, postalCode, country };
}
