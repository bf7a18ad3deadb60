import { cardListTest } from '@shared/holidayCards/cardListMembership';
import type { RecipientCandidate } from '@shared/holidayCards/selectRecipients';
import { useMemo } from 'react';
import { useToday } from '../../app/useToday';
import { useMailingListsOfYear } from '../../db/hooks/mailingHooks';

/** Whether a client is on this year's holiday-card list, for the "Check details" badge; null when none. */
export function useCardListTest(): ((client: RecipientCandidate) => boolean) | null {
  const today = useToday();
  const year = Number(today.slice(0, 4));
  const lists = useMailingListsOfYear(year);
  return useMemo(() => (lists ? cardListTest(lists, today) : null), [lists, today]);
}
