import { useLiveQuery } from 'dexie-react-hooks';
import { useSettings } from '../../app/useSettings';
import { useToday } from '../../app/useToday';
import { db } from '../../db/appDatabase';
import { type ClientListFilters, queryClientIds } from '../../db/clientListQuery';

export interface ClientIdsResult {
  ids: string[];
  /** The search text these ids answer; while a newer search runs, the list shows these. */
  search: string;
}

/**
 * The ids of the clients to list, live. Undefined until the first answer; after that a new
 * filter keeps showing the previous ids until its own answer arrives, so the list never blanks.
 */
export function useClientIds(filters: ClientListFilters): ClientIdsResult | undefined {
  const settings = useSettings();
  const today = useToday();
  return useLiveQuery(
    async () => ({ ids: await queryClientIds(db, filters, settings, today), search: filters.search }),
    [filters, settings, today],
  );
}

/** How many clients there are at all, to tell an empty book from an empty search. */
export function useClientCount(): number | undefined {
  return useLiveQuery(() => db.clients.count(), []);
}
