import { normalizeClientDetails } from '../clients/clientDetails';
import { clientMatchKeys } from '../contacts/matchKeys';
import { isValidIsoDate } from '../dates/isoDate';
import { newId } from '../ids';
import type {
  ClientDetails,
  ClientKind,
  ContactPerson,
  LabeledValue,
  Permission,
  SocialNetwork,
} from '../model/client';
import { socialNetworks } from '../model/client';
import { marketingChannelLabels } from '../model/marketing';
import { collapseWhitespace } from '../text/normalize';
import { isValidEmail, normalizeWebUrl, phoneProblem } from '../validation/contactValues';
import { tooLongFields, tooLongMessage } from '../validation/lengthLimits';
import type { ContactDraft, PersonDraft, SourcedValue } from './contactDraft';
import { chooseAddress } from './draftAddress';
import { type ImportedMarketing, parseMarketingChannel } from './marketingColumns';
import type { ImportedContact, ImportProblem } from './types';
import {
  parseChannel,
  parseKind,
  parsePermission,
  parsePreferredContact,
  parseYesNo,
  socialNetworkOfUrl,
  socialProfileLink,
} from './values/cellValues';
import { type GovernmentClue, governmentClue } from './values/governmentGuess';
import { splitFullName } from './values/names';

export interface FinishOptions {
  /** The kind for every row, or 'auto': a kind column if mapped, else organization → business. */
  kind: ClientKind | 'auto';
  /** Added to every client's tags; '' for none. */
  batchTag: string;
}

export interface FinishedContact {
  contact: ImportedContact | null;
  problems: ImportProblem[];
}

/**
 * Checks a draft and turns it into client details. Values that cannot be used (an email that
 * is not one, a country that is none) are reported as warnings and kept in the notes, never
 * dropped in silence. A row with no name, organization or email is refused: there would be
 * nothing to recognise the client by.
 */
export function finishContact(draft: ContactDraft, options: FinishOptions): FinishedContact {
  const problems: ImportProblem[] = [];
  const setAside: string[] = [];
  const warn = (value: SourcedValue, message: string, noteLabel: string) => {
    problems.push({ row: draft.row, field: value.field, message, severity: 'warning', value: value.value });
    setAside.push(`${noteLabel}: ${value.value}`);
  };
  const contacts = draft.people
    .map((person) => finishPerson(person, warn))
    .filter(
      (person) => person.givenName || person.familyName || person.emails.length || person.phones.length,
    );
  const organization = draft.organization.trim();
  const hasName = contacts.some((person) => person.givenName || person.familyName);
  const hasEmail = contacts.some((person) => person.emails.length > 0);
  if (!hasName && !hasEmail && !organization) {
    // One problem for the refused row, carrying the values that could not be used.
    const refused: ImportProblem = {
      row: draft.row,
      field: '',
      message: 'This row has no name, organization or valid email, so it was not imported.',
      severity: 'error',
      value: setAside.join('; '),
    };
    return { contact: null, problems: [refused] };
  }
  const { kind, clue } = chooseKind(draft, options.kind, organization, contacts, warn);
  const { address, unknownCountry, otherAddresses } = chooseAddress(draft.addresses, kind);
  if (unknownCountry)
    warn(unknownCountry, `"${unknownCountry.value}" is not a country this app knows.`, 'Country');
  const { website, social } = finishWeb(draft, warn);
  const marketing = finishMarketing(draft, problems, warn);
  const details: ClientDetails = {
    kind,
    organization,
    department: draft.department.trim(),
    website,
    contacts,
    address,
    social,
    source: sourceOf(draft),
    preferredContact: finishPreferredContact(draft, warn),
    permissions: {
      email: draft.emailOptOut ? false : permission(draft.emailAllowed, draft.emailOptIn, warn),
      post: permission(draft.postAllowed, false, warn),
    },
    doNotContact: yesNo(draft.doNotContact, false, warn),
    verifiedOn: finishVerifiedOn(draft, warn),
    tags: options.batchTag ? [...draft.tags, options.batchTag] : draft.tags,
    notes: [...draft.notes, ...draft.labelledNotes, ...otherAddresses, ...setAside]
      .filter((note) => note.trim() !== '')
      .join('\n')
      .replace(/\r\n?/g, '\n'),
  };
  const normalized = normalizeClientDetails(details);
  const tooLong = tooLongFields(normalized);
  if (tooLong.length > 0) {
    // Refused rather than cut: a shortened name or note would be wrong without anyone noticing.
    const refused: ImportProblem[] = tooLong.map((field) => ({
      row: draft.row,
      field: field.label,
      message: `${tooLongMessage(field)} Shorten it in the file, then import the row again.`,
      severity: 'error',
      value: `${field.value.slice(0, 80)}…`,
    }));
    return { contact: null, problems: [...refused, ...problems] };
  }
  return {
    contact: {
      row: draft.row,
      details: normalized,
      matchKeys: clientMatchKeys(normalized),
      batchTag: options.batchTag,
      ...(clue ? { kindClue: clue } : {}),
      ...(marketing ? { marketing } : {}),
    },
    problems,
  };
}

/** The full name without the prefix and suffix the file gave apart ("Dr. PhD, MBA" with both is no name). */
function nameBesidesTitles(fullName: string, prefix: string, suffix: string): string {
  let rest = fullName.trim();
  if (prefix && rest.startsWith(prefix)) rest = rest.slice(prefix.length).trim();
  if (suffix && rest.endsWith(suffix)) rest = rest.slice(0, -suffix.length).replace(/,\s*$/, '').trim();
  return rest;
}

type Warn = (value: SourcedValue, message: string, noteLabel: string) => void;

/**
 * Keeps each part of the name apart. A full name alone is split into parts; when a file has the
 * parts, they are taken as they are, never split again.
 */
function finishPerson(person: PersonDraft, warn: Warn): ContactPerson {
  let givenName = person.givenName.trim();
  let familyName = person.familyName.trim();
  let prefix = person.prefix.trim();
  let suffix = person.suffix.trim();
  const unsplitName = nameBesidesTitles(person.fullName, prefix, suffix);
  if (!`${person.givenName}${person.middleName}${person.familyName}`.trim() && unsplitName) {
    const parts = splitFullName(person.fullName);
    givenName = parts.givenName;
    familyName = parts.familyName;
    prefix ||= parts.prefix;
    suffix ||= parts.suffix;
  }
  const emails: LabeledValue[] = [];
  for (const email of person.emails) {
    const value = email.value.trim();
    if (!isValidEmail(value)) warn(email, `"${value}" is not a valid email address.`, 'Email');
    else if (!emails.some((kept) => kept.value.toLowerCase() === value.toLowerCase()))
      emails.push({ label: email.label, value });
  }
  const phones: LabeledValue[] = [];
  for (const phone of person.phones) {
    const value = collapseWhitespace(phone.value);
    const problem = phoneProblem(value);
    if (problem) warn(phone, problem, 'Phone');
    else if (!phones.some((kept) => kept.value === value)) phones.push({ label: phone.label, value });
  }
  return {
    id: newId(),
    givenName,
    familyName,
    prefix,
    middleName: person.middleName.trim(),
    suffix,
    nickname: person.nickname.trim(),
    jobTitle: person.jobTitle,
    emails,
    phones,
  };
}

function chooseKind(
  draft: ContactDraft,
  batchKind: ClientKind | 'auto',
  organization: string,
  contacts: readonly ContactPerson[],
  warn: Warn,
): { kind: ClientKind; clue: GovernmentClue } {
  if (batchKind !== 'auto') return { kind: batchKind, clue: '' };
  if (draft.kind?.value.trim()) {
    const kind = parseKind(draft.kind.value);
    if (kind) return { kind, clue: '' };
    warn(
      draft.kind,
      `"${draft.kind.value}" is not a client kind (business, government or consumer).`,
      'Kind',
    );
  }
  if (!organization) return { kind: 'b2c', clue: '' };
  const domains = contacts.flatMap((person) =>
    person.emails.map((email) => email.value.slice(email.value.lastIndexOf('@') + 1)),
  );
  const websiteHost = draft.websites.map((site) => hostOf(site.value)).filter(Boolean);
  const clue = governmentClue(organization, [...domains, ...websiteHost]);
  return { kind: clue ? 'b2g' : 'b2b', clue };
}

function finishWeb(draft: ContactDraft, warn: Warn): { website: string; social: ClientDetails['social'] } {
  const social: ClientDetails['social'] = {};
  for (const network of socialNetworks) {
    const value = draft.social[network];
    if (!value?.value.trim()) continue;
    const link = socialProfileLink(network, value.value);
    if (link) social[network] = link;
    else
      warn(
        value,
        `"${value.value}" is not a link to a profile.`,
        network === 'x' ? 'X' : capitalize(network),
      );
  }
  let website = '';
  for (const value of draft.websites) {
    const link = normalizeWebUrl(value.value);
    const network: SocialNetwork | null = link ? socialNetworkOfUrl(link) : null;
    if (!link) warn(value, `"${value.value}" is not a web address.`, 'Website');
    else if (network && !social[network]) social[network] = link;
    else if (!website) website = link;
    else if (link !== website)
      warn(value, 'A client has one website; this one was kept in the notes.', 'Website');
  }
  return { website, social };
}

/**
 * The client's own "how they found you". A source channel column fills it too when no column
 * does, so mapping "Source" to the channel keeps the text on the client as before.
 */
function sourceOf(draft: ContactDraft): ClientDetails['source'] {
  const fromChannelColumn = !draft.source && draft.marketingChannel;
  const implied = fromChannelColumn ? draft.marketingChannel?.label : '';
  const source = fromChannelColumn ? implied || (draft.marketingChannel?.value ?? '') : draft.source;
  const sourceDetail = implied
    ? draft.sourceDetail || (draft.marketingChannel?.value ?? '')
    : draft.sourceDetail;
  const channel = parseChannel(source);
  const detail = (channel ? sourceDetail : [source, sourceDetail].filter(Boolean).join(': ')).trim();
  return { channel, detail };
}

/** The row's source channel and campaign; a channel no one can recognise is reported, not dropped. */
function finishMarketing(
  draft: ContactDraft,
  problems: ImportProblem[],
  warn: Warn,
): ImportedMarketing | null {
  const channelCell = draft.marketingChannel;
  const activityCell = draft.marketingActivity;
  if (!channelCell && !activityCell) return null;
  const channel = channelCell
    ? parseMarketingChannel(channelCell.label) || parseMarketingChannel(channelCell.value)
    : '';
  if (channelCell && !channel) {
    const message = `"${channelCell.value}" is not one of the source channels (${Object.values(marketingChannelLabels).join(', ')}).`;
    if (draft.source) warn(channelCell, message, 'Source channel');
    else
      problems.push({
        row: draft.row,
        field: channelCell.field,
        message,
        severity: 'warning',
        value: channelCell.value,
        outcome: 'Imported with no channel; the text is kept as how they found you',
      });
  }
  const activity = activityCell
    ? { name: collapseWhitespace(activityCell.value), field: activityCell.field }
    : null;
  return channel || activity ? { channel, activity } : null;
}

function finishPreferredContact(draft: ContactDraft, warn: Warn): ClientDetails['preferredContact'] {
  const value = draft.preferredContact;
  if (!value?.value.trim()) return '';
  const method = parsePreferredContact(value.value);
  if (!method)
    warn(
      value,
      `"${value.value}" is not a way to contact (email, phone, text, post or social).`,
      'Preferred contact',
    );
  return method;
}

function yesNo(value: SourcedValue | null, fallback: boolean, warn: Warn): boolean {
  if (!value?.value.trim()) return fallback;
  const parsed = parseYesNo(value.value);
  if (parsed === null) warn(value, `"${value.value}" is neither yes nor no.`, value.field);
  return parsed ?? fallback;
}

/** What the file says, else yes for a subscriber, else unknown: nobody asked, so ask first. */
function permission(value: SourcedValue | null, optedIn: boolean, warn: Warn): Permission {
  const fallback: Permission = optedIn ? true : 'unknown';
  if (!value?.value.trim()) return fallback;
  const parsed = parsePermission(value.value);
  if (parsed === null) warn(value, `"${value.value}" is neither yes nor no.`, value.field);
  return parsed ?? fallback;
}

function finishVerifiedOn(draft: ContactDraft, warn: Warn): string {
  const value = draft.verifiedOn?.value.trim() ?? '';
  if (!value || !draft.verifiedOn) return '';
  if (isValidIsoDate(value)) return value;
  warn(draft.verifiedOn, `"${value}" is not a date written as YYYY-MM-DD.`, 'Verified on');
  return '';
}

function hostOf(url: string): string {
  const link = normalizeWebUrl(url);
  try {
    return link ? new URL(link).hostname : '';
  } catch {
    return '';
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
