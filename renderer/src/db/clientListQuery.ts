import { badgeCutoffs } from '@shared/clients/badges';
import { searchQueryWords } from '@shared/clients/searchWords';
import type { ClientKind } from '@shared/model/client';
import type { Settings } from '@shared/model/settings';
import type { ClienteleDatabase } from './database';

export type ClientSortField = 'name' | 'lastProject' | 'totalBilled';
export type ClientBadgeFilter = '' | 'repeat' | 'lapsed' | 'stale';

export interface ClientListFilters {
  search: string;
  kind: ClientKind | '';
  tag: string;
  badge: ClientBadgeFilter;
  sort: ClientSortField;
  descending: boolean;
}

const sortIndexes: Record<ClientSortField, string> = {
  name: 'sortName',
  lastProject: 'lastProjectDate',
  totalBilled: 'totalBilledMinor',
};

/**
 * The ids of the clients that match the filters, in list order. Everything runs on indexes
 * and reads keys only: the sort order from the sort index, each filter as a key set (search
 * words by prefix on the multi-entry word index). Rows are fetched later, for the visible
 * window only, so 20,000 clients cost a few key reads, not 20,000 records.
 */
export async function queryClientIds(
  db: ClienteleDatabase,
  filters: ClientListFilters,
  settings: Settings,
  today: string,
): Promise<string[]> {
  const ordering = db.clients.orderBy(sortIndexes[filters.sort]);
  const orderedIdsPromise = (filters.descending ? ordering.reverse() : ordering).primaryKeys();
  const filterSets = await Promise.all(filterKeySets(db, filters, settings, today));
  const orderedIds = await orderedIdsPromise;
  if (filterSets.length === 0) return orderedIds;
  filterSets.sort((a, b) => a.size - b.size);
  const [smallest, ...others] = filterSets;
  if (!smallest || smallest.size === 0) return [];
  return orderedIds.filter((id) => smallest.has(id) && others.every((set) => set.has(id)));
}

function filterKeySets(
  db: ClienteleDatabase,
  filters: ClientListFilters,
  settings: Settings,
  today: string,
): Promise<Set<string>>[] {
  const asSet = (keys: Promise<string[]>) => keys.then((ids) => new Set(ids));
  const sets: Promise<Set<string>>[] = [];
  for (const word of searchQueryWords(filters.search)) {
    sets.push(asSet(db.clients.where('searchWords').startsWith(word).primaryKeys()));
  }
  if (filters.kind) sets.push(asSet(db.clients.where('kind').equals(filters.kind).primaryKeys()));
  if (filters.tag) sets.push(asSet(db.clients.where('tags').equals(filters.tag).primaryKeys()));
  const cutoffs = badgeCutoffs(settings, today);
  if (filters.badge === 'repeat') {
    sets.push(
      asSet(
        db.clients
          .where('completedProjectCount')
          .aboveOrEqual(settings.repeatMinCompletedProjects)
          .primaryKeys(),
      ),
    );
  } else if (filters.badge === 'lapsed') {
    // '' (no project yet) sorts before every date, so a range from '0' leaves those clients out.
    sets.push(asSet(db.clients.where('lastProjectDate').between('0', cutoffs.lapsedBefore).primaryKeys()));
  } else if (filters.badge === 'stale') {
    sets.push(asSet(db.clients.where('verifiedOn').below(cutoffs.staleBefore).primaryKeys()));
  }
  return sets;
}

export const defaultClientListFilters: ClientListFilters = {
  search: '',
  kind: '',
  tag: '',
  badge: '',
  sort: 'name',
  descending: false,
};
