import { emptyPricingDraft, type PricingScenario, scenarioToDraft } from '@shared/pricing';
import { newScenarioKey, usePricingDraftStore } from '../../../state/pricingDraftStore';
import { sameDraft } from '../sameDraft';

/** Which saved scenarios have unsaved edits, and whether a new one was left half-typed. */
export function useUnsavedDrafts(scenarios: readonly PricingScenario[], homeCurrency: string) {
  const drafts = usePricingDraftStore((state) => state.drafts);
  const unsaved = new Set(
    scenarios
      .filter((scenario) => {
        const draft = drafts[scenario.id];
        return draft !== undefined && !sameDraft(draft, scenarioToDraft(scenario));
      })
      .map((scenario) => scenario.id),
  );
  const newDraft = drafts[newScenarioKey];
  const unfinishedNew = newDraft !== undefined && !sameDraft(newDraft, emptyPricingDraft(homeCurrency));
  return { unsaved, unfinishedNew };
}
