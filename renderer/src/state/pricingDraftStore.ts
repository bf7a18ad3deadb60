import type { PricingScenarioDraft } from '@shared/pricing';
import { createDraftStore } from './draftStore';

/** The key of the draft for a scenario that has not been saved yet. */
export const newScenarioKey = 'new';

/** Unsaved edits by scenario id (newScenarioKey for a new one), kept while the user looks at other screens. */
export const usePricingDraftStore = createDraftStore<PricingScenarioDraft>();
