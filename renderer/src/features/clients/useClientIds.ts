import type { ClientListFilters } from '@shared/clients/listQuery';
import { useMemo, useSyncExternalStore } from 'react';
import { useSettings } from '../../app/useSettings';
import { useToday } from '../../app/useToday';
import { clientListIndex } from '../../db/appDatabase';

export interface ClientIdsResult {
  ids: string[];
  /** How many clients there are in all. */
  total: number;
}

/** The ids of the clients to list, in order; undefined while the index loads at start-up. */
export function useClientIds(filters: ClientListFilters): ClientIdsResult | undefined {
  const revision = useSyncExternalStore(clientListIndex.subscribe, clientListIndex.getRevision);
  const settings = useSettings();
  const today = useToday();
  return useMemo(() => {
    if (revision < 0) return undefined;
    return { ids: clientListIndex.query(filters, settings, today), total: clientListIndex.size };
  }, [revision, filters, settings, today]);
}

/** Tags in use, for the tag filter. */
export function useClientTags(): string[] {
  const revision = useSyncExternalStore(clientListIndex.subscribe, clientListIndex.getRevision);
  return useMemo(() => (revision < 0 ? [] : clientListIndex.tags()), [revision]);
}
