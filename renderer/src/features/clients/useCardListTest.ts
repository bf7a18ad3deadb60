import { cardListTest } from '@shared/mailing/cardListMembership';
import type { RecipientCandidate } from '@shared/mailing/selectRecipients';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useToday } from '../../app/useToday';
import { db } from '../../db/appDatabase';

/** Whether a client is on this year's holiday-card list, for the "Check details" badge; null when none. */
export function useCardListTest(): ((client: RecipientCandidate) => boolean) | null {
  const today = useToday();
  const year = Number(today.slice(0, 4));
  const lists = useLiveQuery(() => db.mailingLists.where('year').equals(year).toArray(), [year]);
  return useMemo(() => (lists ? cardListTest(lists, today) : null), [lists, today]);
}
