import type { ClientDetails } from '@shared/model/client';
import { createDraftStore } from './draftStore';

/** What the client form holds while it is edited; tags stay as typed until saved. */
export interface ClientDraft {
  details: ClientDetails;
  tagsText: string;
  /** The stored client as the form read it (details and updatedAt), to notice a save elsewhere. */
  base?: { details: ClientDetails; updatedAt: string };
}

/** Unsaved client forms by client id ('new' for a client being added), kept across navigation. */
export const useClientDraftStore = createDraftStore<ClientDraft>();

export function splitTags(text: string): string[] {
  return text.split(/[,;]/).map((tag) => tag.trim());
}
