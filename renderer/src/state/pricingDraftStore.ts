import type { PricingScenarioDraft } from '@shared/pricing';
import { create } from 'zustand';

/** The key of the draft for a scenario that has not been saved yet. */
export const newScenarioKey = 'new';

interface PricingDraftState {
  /**
   * Unsaved edits by scenario id (newScenarioKey for a new one), kept while the user looks at
   * other screens. A scenario without an entry shows what is saved.
   */
  drafts: Record<string, PricingScenarioDraft>;
  setDraft: (key: string, draft: PricingScenarioDraft) => void;
  clearDraft: (key: string) => void;
  /** After a rename, so saving the draft later does not bring the old name back. */
  renameDraft: (key: string, name: string) => void;
}

export const usePricingDraftStore = create<PricingDraftState>((set) => ({
  drafts: {},
  setDraft: (key, draft) => set((state) => ({ drafts: { ...state.drafts, [key]: draft } })),
  clearDraft: (key) =>
    set((state) => {
      const { [key]: _removed, ...rest } = state.drafts;
      return { drafts: rest };
    }),
  renameDraft: (key, name) =>
    set((state) => {
      const draft = state.drafts[key];
      return draft ? { drafts: { ...state.drafts, [key]: { ...draft, name } } } : state;
    }),
}));
