import type { MarketingActivity } from '@shared/model/marketing';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../appDatabase';

/** Named live reads of marketing activities for components: undefined while loading. */

/** Every activity, the latest start first. */
export function useMarketingActivities(): MarketingActivity[] | undefined {
  return useLiveQuery(() => db.marketingActivities.orderBy('startDate').reverse().toArray(), []);
}

/** One activity: null when there is no such activity (any more) or no id. */
export function useMarketingActivity(id: string | undefined): MarketingActivity | null | undefined {
  return useLiveQuery(async () => (id ? ((await db.marketingActivities.get(id)) ?? null) : null), [id]);
}
