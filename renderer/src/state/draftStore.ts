import { create } from 'zustand';

/** Unsaved form drafts by key (a record's id, or a key of its own for a new one). */
export interface DraftState<Draft> {
  /** Kept across navigation; a key without a draft shows what is saved. */
  drafts: Record<string, Draft>;
  setDraft: (key: string, draft: Draft) => void;
  /** Changes a copy of the draft, so a component holding the old one never sees it change; none: no-op. */
  updateDraft: (key: string, change: (draft: Draft) => void) => void;
  clearDraft: (key: string) => void;
}

export function createDraftStore<Draft>() {
  return create<DraftState<Draft>>((set) => ({
    drafts: {},
    setDraft: (key, draft) => set((state) => ({ drafts: { ...state.drafts, [key]: draft } })),
    updateDraft: (key, change) =>
      set((state) => {
        const current = state.drafts[key];
        if (!current) return state;
        const next = structuredClone(current);
        change(next);
        return { drafts: { ...state.drafts, [key]: next } };
      }),
    clearDraft: (key) =>
      set((state) => {
        const { [key]: _removed, ...rest } = state.drafts;
        return { drafts: rest };
      }),
  }));
}
