import type { ClientDetails } from '@shared/model/client';
import { create } from 'zustand';

/** What the client form holds while it is edited; tags stay as typed until saved. */
export interface ClientDraft {
  details: ClientDetails;
  tagsText: string;
  /** The stored client as the form read it (details and updatedAt), to notice a save elsewhere. */
  base?: { details: ClientDetails; updatedAt: string };
}

interface ClientDraftState {
  /** Unsaved drafts by client id ('new' for a client being added), kept across navigation. */
  drafts: Record<string, ClientDraft>;
  setDraft: (key: string, draft: ClientDraft) => void;
  updateDraft: (key: string, change: (draft: ClientDraft) => void) => void;
  clearDraft: (key: string) => void;
}

export const useClientDraftStore = create<ClientDraftState>((set) => ({
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

export function splitTags(text: string): string[] {
  return text.split(/[,;]/).map((tag) => tag.trim());
}
