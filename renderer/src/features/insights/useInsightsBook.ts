import { useSyncExternalStore } from 'react';
import { insightsBook } from '../../db/appDatabase';
import type { InsightsBook } from '../../db/insightsBook';

/** The book the insights figures come from; null while it loads. */
export function useInsightsBook(): InsightsBook | null {
  return useSyncExternalStore(insightsBook.subscribe, insightsBook.getSnapshot);
}
