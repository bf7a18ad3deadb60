import type { PricingScenarioDraft } from '@shared/pricing';

/** True when two drafts hold the same text everywhere: nothing to save or lose. */
export function sameDraft(a: PricingScenarioDraft, b: PricingScenarioDraft): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
