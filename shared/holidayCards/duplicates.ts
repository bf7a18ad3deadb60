import type { ClientKind } from '../model/client';
import { foldForMatching } from '../text/normalize';
import { addressMatchKey, organizationMatchKey } from './duplicateKeys';
import type { CardContent, MailingEntry } from './mailingEntry';
import type { DuplicateChoice } from './mailingList';
import { recipientLines } from './recipientLines';
import { greetingName, householdName, organizationGreeting, personalGreeting } from './recipientNames';

type DuplicateCaseKind = 'organization' | 'address';

/** Several cards that would go to one organization, or to one address. */
export interface DuplicateCase {
  /** Built from the organization and address, so a stored choice still applies next time. */
  id: string;
  kind: DuplicateCaseKind;
  /** "2 people at Acme Ltd", "2 cards to 1 Main St". */
  description: string;
  entryIds: string[];
  /** The choices that make sense for this case; the first is the default. */
  options: DuplicateChoice[];
}

/** A card to print: one entry, or several entries merged by the user's choice. */
export interface MailingCard extends CardContent {
  id: string;
  clientIds: string[];
  entryIds: string[];
  /** The duplicate case the card came from and what was chosen, or '' and null. */
  caseId: string;
  choice: DuplicateChoice | null;
}

/** The groups of more than one entry with the same key, in the order of their first entry. */
function groupBy(entries: readonly MailingEntry[], key: (entry: MailingEntry) => string) {
  const groups = new Map<string, MailingEntry[]>();
  const shared: [string, MailingEntry[]][] = [];
  for (const entry of entries) {
    const value = key(entry);
    if (value === '') continue;
    const group = groups.get(value);
    if (!group) groups.set(value, [entry]);
    else if (group.push(entry) === 2) shared.push([value, group]);
  }
  return shared;
}

/** Each case's entries, kept as the case is found, so cards need no lookup by id. */
const caseEntries = new WeakMap<DuplicateCase, MailingEntry[]>();

interface EntryMatchKeys {
  /** Organization and address, or '' for no organization (a consumer, or none written). */
  organizationAtAddress: string;
  address: string;
}

/**
 * Folding names and streets is most of the cost of finding duplicates; a list is checked again
 * on every rule change with mostly the same entries, so each entry's keys are remembered.
 */
const entryMatchKeys = new WeakMap<MailingEntry, EntryMatchKeys>();

function matchKeysOf(entry: MailingEntry): EntryMatchKeys {
  let keys = entryMatchKeys.get(entry);
  if (!keys) {
    const organization = entry.kind === 'b2c' ? '' : organizationMatchKey(entry.organization);
    const address = addressMatchKey(entry.address);
    keys = { organizationAtAddress: organization === '' ? '' : `${organization}#${address}`, address };
    entryMatchKeys.set(entry, keys);
  }
  return keys;
}

/** Works out the entries' match keys ahead of time (in idle time), so a later check is quick. */
export function rememberMatchKeys(entries: readonly MailingEntry[]): void {
  for (const entry of entries) matchKeysOf(entry);
}

/**
 * Finds several contacts at one organization (same name and address), then several clients or
 * people at one address among the rest. Each entry is in at most one case.
 */
export function findMailingDuplicates(entries: readonly MailingEntry[]): DuplicateCase[] {
  const cases: DuplicateCase[] = [];
  const organizationGroups = groupBy(entries, (entry) => matchKeysOf(entry).organizationAtAddress);
  const inOrganizationCase = new Set<MailingEntry>();
  for (const [key, group] of organizationGroups) {
    const found: DuplicateCase = {
      id: `organization:${key}`,
      kind: 'organization',
      description: `${group.length} people at ${group[0]?.organization}`,
      entryIds: group.map((entry) => entry.id),
      options: ['organization', 'per-person', 'household'],
    };
    caseEntries.set(found, group);
    cases.push(found);
    for (const entry of group) inOrganizationCase.add(entry);
  }
  const rest =
    inOrganizationCase.size === 0 ? entries : entries.filter((entry) => !inOrganizationCase.has(entry));
  for (const [key, group] of groupBy(rest, (entry) => matchKeysOf(entry).address)) {
    const allConsumers = group.every((entry) => entry.kind === 'b2c');
    const found: DuplicateCase = {
      id: `address:${key}`,
      kind: 'address',
      description: `${group.length} cards to ${group[0]?.addressLines[0] ?? 'one address'}`,
      entryIds: group.map((entry) => entry.id),
      options: allConsumers ? ['household', 'per-person'] : ['per-person', 'household'],
    };
    caseEntries.set(found, group);
    cases.push(found);
  }
  return cases;
}

/** The stored choice for a case when it still fits the case, otherwise the case's default. */
export function effectiveChoice(found: DuplicateCase, choices: Readonly<Record<string, DuplicateChoice>>) {
  const stored = choices[found.id];
  return stored && found.options.includes(stored) ? stored : (found.options[0] ?? 'per-person');
}

function cardFromEntry(entry: MailingEntry): MailingCard {
  const { kind, recipientLines, greeting, name, jobTitle, organization, address, addressLines } = entry;
  return {
    ...{ kind, recipientLines, greeting, name, jobTitle, organization, address, addressLines },
    id: entry.id,
    clientIds: [entry.clientId],
    entryIds: [entry.id],
    caseId: '',
    choice: null,
  };
}

function mergedCard(found: DuplicateCase, group: MailingEntry[], choice: DuplicateChoice): MailingCard {
  const first = group[0] as MailingEntry;
  // "Acme" and "Acme Ltd" make one organization case: its card uses the first spelling.
  const sharesOrganization =
    found.kind === 'organization' || new Set(group.map((entry) => entry.organization)).size === 1;
  const organization = sharesOrganization ? first.organization : '';
  const kind: ClientKind = group.find((entry) => entry.kind !== 'b2c')?.kind ?? 'b2c';
  const country = first.address.country;
  const people = uniqueBy(
    group.map((entry) => (entry.name !== '' ? entry : { givenName: entry.organization, familyName: '' })),
    (person) => foldForMatching(`${person.givenName} ${person.familyName}`),
  );
  const name = choice === 'organization' ? '' : householdName(people, kind === 'b2c');
  return {
    kind,
    recipientLines: recipientLines({ name, jobTitle: '', organization }, kind, country),
    greeting:
      choice === 'organization'
        ? organizationGreeting(organization)
        : personalGreeting(people.map(greetingName)),
    name,
    jobTitle: '',
    organization,
    address: first.address,
    addressLines: first.addressLines,
    id: found.id,
    clientIds: [...new Set(group.map((entry) => entry.clientId))],
    entryIds: group.map((entry) => entry.id),
    caseId: found.id,
    choice,
  };
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const value = key(item);
    if (seen.has(value)) return false;
    seen.add(value);
    return true;
  });
}

/** One card per person, but never two to the same name (a client recorded twice). */
function perPersonCards(found: DuplicateCase, group: MailingEntry[]): MailingCard[] {
  return uniqueBy(group, (entry) => foldForMatching(entry.name || entry.organization)).map((entry) => ({
    ...cardFromEntry(entry),
    caseId: found.id,
    choice: 'per-person' as const,
  }));
}

/**
 * Cards made from the same entries with the same choice are the same: remembered per entry (a
 * new client record makes new entries), so re-filtering a list of thousands builds only the
 * cards that changed, and unchanged cards keep their identity for the screen.
 */
const singleCards = new WeakMap<MailingEntry, MailingCard>();
const caseCards = new WeakMap<MailingEntry, { key: string; group: MailingEntry[]; cards: MailingCard[] }>();

function singleCard(entry: MailingEntry): MailingCard {
  let card = singleCards.get(entry);
  if (!card) {
    card = cardFromEntry(entry);
    singleCards.set(entry, card);
  }
  return card;
}

function sameEntries(a: readonly MailingEntry[], b: readonly MailingEntry[]): boolean {
  return a.length === b.length && a.every((entry, index) => entry === b[index]);
}

function cardsOfCase(found: DuplicateCase, group: MailingEntry[], choice: DuplicateChoice): MailingCard[] {
  const first = group[0] as MailingEntry;
  const key = `${found.id}\n${choice}`;
  const known = caseCards.get(first);
  if (known && known.key === key && sameEntries(known.group, group)) return known.cards;
  const cards = choice === 'per-person' ? perPersonCards(found, group) : [mergedCard(found, group, choice)];
  caseCards.set(first, { key, group, cards });
  return cards;
}

/**
 * The cards to print: entries outside any case as they are, each case resolved by the user's
 * choice (or its default), in the order of the entries.
 */
export function applyDuplicateChoices(
  entries: readonly MailingEntry[],
  cases: readonly DuplicateCase[],
  choices: Readonly<Record<string, DuplicateChoice>>,
): MailingCard[] {
  const caseByEntryId = new Map<string, DuplicateCase>();
  for (const found of cases) for (const entryId of found.entryIds) caseByEntryId.set(entryId, found);
  let entryById: Map<string, MailingEntry> | undefined;
  // Cases found by findMailingDuplicates carry their entries; others are looked up by id.
  const groupOf = (found: DuplicateCase) => {
    const known = caseEntries.get(found);
    if (known) return known;
    entryById ??= new Map(entries.map((entry) => [entry.id, entry]));
    return found.entryIds.flatMap((id) => entryById?.get(id) ?? []);
  };
  const doneCaseIds = new Set<string>();
  const cards: MailingCard[] = [];
  for (const entry of entries) {
    const found = caseByEntryId.size === 0 ? undefined : caseByEntryId.get(entry.id);
    if (!found) {
      cards.push(singleCard(entry));
      continue;
    }
    if (doneCaseIds.has(found.id)) continue;
    doneCaseIds.add(found.id);
    cards.push(...cardsOfCase(found, groupOf(found), effectiveChoice(found, choices)));
  }
  return cards;
}
