import type { PricingScenario } from '@shared/pricing';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../appDatabase';
import { getScenario, getScenarios, listScenarios } from '../pricingRepository';

/** Named live reads of pricing scenarios for components: undefined while loading. */

/** One scenario: null when there is no such scenario (any more) or no id. */
export function useScenario(id: string | undefined): PricingScenario | null | undefined {
  return useLiveQuery(async () => (id ? ((await getScenario(db, id)) ?? null) : null), [id]);
}

/** Every scenario, most recently changed first. */
export function useScenarios(): PricingScenario[] | undefined {
  return useLiveQuery(() => listScenarios(db), []);
}

/** The scenarios with these ids, in the order given; ids that no longer exist are left out. */
export function useScenariosByIds(ids: readonly string[]): PricingScenario[] | undefined {
  return useLiveQuery(() => getScenarios(db, ids), [ids.join(',')]);
}
