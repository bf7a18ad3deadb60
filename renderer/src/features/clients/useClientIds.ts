import { type ClientListFilters, hasActiveFilters } from '@shared/clients/listQuery';
import { useMemo, useSyncExternalStore } from 'react';
import { useSettings } from '../../app/useSettings';
import { useToday } from '../../app/useToday';
import { clientListIndex } from '../../db/appDatabase';
import { useFirstPageOfClients } from '../../db/hooks/clientHooks';
import type { ClientSelection } from '../../state/clientListStore';
import { useCardListTest } from './useCardListTest';

export interface ClientIdsResult {
  /** The matching ids in list order; at start-up only the first page of them. */
  ids: string[];
  /** How many clients match: the length of the list, which `ids` may not fill yet. */
  count: number;
  /** How many clients there are in all. */
  total: number;
}

/** More than a screenful: rows beyond it wait for the index, which is due within a second. */
const firstPageSize = 60;

/**
 * The clients to list, in order. Until the in-memory index has loaded, the default view (all
 * clients by name) is served from the database's sort index; other views wait for the index.
 */
export function useClientIds(
  filters: ClientListFilters,
  selection?: ClientSelection | null,
): ClientIdsResult | undefined {
  const revision = useSyncExternalStore(clientListIndex.subscribe, clientListIndex.getRevision);
  const settings = useSettings();
  const today = useToday();
  const onCardList = useCardListTest();
  const indexLoaded = revision >= 0;
  const defaultView =
    !selection && !hasActiveFilters(filters) && filters.sort === 'name' && !filters.descending;
  const firstPage = useFirstPageOfClients(firstPageSize, !indexLoaded && defaultView);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the index is mutable; its revision says when to ask it again
  return useMemo(() => {
    if (!indexLoaded)
      return firstPage && { ids: firstPage.ids, count: firstPage.total, total: firstPage.total };
    const listed = clientListIndex.query(filters, settings, today, onCardList);
    const chosen = selection && new Set(selection.ids);
    const ids = chosen ? listed.filter((id) => chosen.has(id)) : listed;
    return { ids, count: ids.length, total: clientListIndex.size };
  }, [indexLoaded, firstPage, revision, filters, settings, today, onCardList, selection]);
}

/** Tags in use, for the tag filter. */
export function useClientTags(): string[] {
  const revision = useSyncExternalStore(clientListIndex.subscribe, clientListIndex.getRevision);
  return useMemo(() => (revision < 0 ? [] : clientListIndex.tags()), [revision]);
}
