import type { HomeDismissal } from '@shared/insights';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../appDatabase';
import { countSampleClients } from '../sampleDataRepository';

/** Named live reads for Home and settings: undefined while loading. */

/** Home entries marked done or snoozed. */
export function useHomeDismissals(): HomeDismissal[] | undefined {
  return useLiveQuery(() => db.homeDismissals.toArray(), []);
}

/** How many sample clients are in the book. */
export function useSampleClientCount(): number | undefined {
  return useLiveQuery(() => countSampleClients(db), []);
}
