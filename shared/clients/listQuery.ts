import type { Client, ClientKind } from '../model/client';
import type { Settings } from '../model/settings';
import { contactedRecently, notContactedSince } from '../touches/lastContacted';
import { badgeCutoffs } from './badges';
import { checkDetailsTest } from './checkDetails';
import { searchQueryWords } from './searchWords';
import { bySortName } from './sortOrder';

export type ClientSortField = 'name' | 'lastProject' | 'totalBilled' | 'lastContacted';
export type ClientBadgeFilter = '' | 'repeat' | 'lapsed' | 'stale' | 'notContacted6';

export interface ClientListFilters {
  search: string;
  kind: ClientKind | '';
  tag: string;
  badge: ClientBadgeFilter;
  sort: ClientSortField;
  descending: boolean;
}

export const defaultClientListFilters: ClientListFilters = {
  search: '',
  kind: '',
  tag: '',
  badge: '',
  sort: 'name',
  descending: false,
};

export function hasActiveFilters(filters: ClientListFilters): boolean {
  return filters.search.trim() !== '' || filters.kind !== '' || filters.tag !== '' || filters.badge !== '';
}

/** What the client list needs to filter and sort a client: its precomputed keys, nothing more. */
export interface ClientListEntry {
  id: string;
  sortName: string;
  /** The search words joined, each preceded by \u0001, so a prefix test is one `includes`. */
  searchText: string;
  kind: ClientKind;
  tags: readonly string[];
  lastProjectDate: string;
  totalBilledMinor: number;
  completedProjectCount: number;
  activeProjectCount: number;
  verifiedOn: string;
  matchKeys: readonly string[];
  /** For the "Check details" rule: when entered, and whether this year's card list takes them. */
  createdAt: string;
  address: Client['address'];
  permissions: Client['permissions'];
  doNotContact: boolean;
  /** '' when never contacted. */
  lastContactedOn: string;
}

const wordMark = '\u0001';

export function clientListEntry(client: Client): ClientListEntry {
  return {
    id: client.id,
    sortName: client.sortName,
    searchText: wordMark + client.searchWords.join(wordMark),
    kind: client.kind,
    tags: client.tags,
    lastProjectDate: client.lastProjectDate,
    totalBilledMinor: client.totalBilledMinor,
    completedProjectCount: client.completedProjectCount,
    activeProjectCount: client.activeProjectCount,
    verifiedOn: client.verifiedOn,
    matchKeys: client.matchKeys,
    createdAt: client.createdAt,
    address: client.address,
    permissions: client.permissions,
    doNotContact: client.doNotContact,
    lastContactedOn: client.lastContactedOn ?? '',
  };
}

/** Ascending order for a sort field; ties fall back to the name, then the id, so order is stable. */
export function compareListEntries(
  field: ClientSortField,
): (a: ClientListEntry, b: ClientListEntry) => number {
  const byName = bySortName;
  if (field === 'lastProject') {
    return (a, b) =>
      a.lastProjectDate < b.lastProjectDate ? -1 : a.lastProjectDate > b.lastProjectDate ? 1 : byName(a, b);
  }
  if (field === 'lastContacted') {
    return (a, b) =>
      a.lastContactedOn < b.lastContactedOn ? -1 : a.lastContactedOn > b.lastContactedOn ? 1 : byName(a, b);
  }
  if (field === 'totalBilled') return (a, b) => a.totalBilledMinor - b.totalBilledMinor || byName(a, b);
  return byName;
}

/**
 * A test for the list filters: every search word must start one of the client's words (name,
 * organization, email, city, tag), and kind, tag and badge must match.
 */
export function listEntryMatcher(
  filters: ClientListFilters,
  settings: Pick<Settings, 'repeatMinCompletedProjects' | 'lapsedAfterMonths' | 'staleAfterMonths'>,
  today: string,
  onCardList: ((entry: ClientListEntry) => boolean) | null = null,
): ((entry: ClientListEntry) => boolean) | null {
  const words = searchQueryWords(filters.search).map((word) => wordMark + word);
  const { lapsedBefore } = badgeCutoffs(settings, today);
  const tests: ((entry: ClientListEntry) => boolean)[] = [];
  if (filters.kind) tests.push((entry) => entry.kind === filters.kind);
  if (filters.tag) tests.push((entry) => entry.tags.includes(filters.tag));
  if (filters.badge === 'repeat') {
    tests.push((entry) => entry.completedProjectCount >= settings.repeatMinCompletedProjects);
  } else if (filters.badge === 'lapsed') {
    tests.push(
      (entry) =>
        entry.activeProjectCount === 0 &&
        entry.lastProjectDate !== '' &&
        entry.lastProjectDate < lapsedBefore &&
        !contactedRecently(entry.lastContactedOn, today),
    );
  } else if (filters.badge === 'stale') {
    tests.push(checkDetailsTest(settings, today, onCardList));
  } else if (filters.badge === 'notContacted6') {
    tests.push((entry) => notContactedSince(entry.lastContactedOn, 6, today));
  }
  for (const word of words) tests.push((entry) => entry.searchText.includes(word));
  if (tests.length === 0) return null;
  return (entry) => tests.every((test) => test(entry));
}
