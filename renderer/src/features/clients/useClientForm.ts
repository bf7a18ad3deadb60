import { newClientDetails, normalizeClientDetails } from '@shared/clients/clientDetails';
import { validateClient } from '@shared/clients/validateClient';
import type { ClientDetails } from '@shared/model/client';
import { type FieldErrors, hasErrors } from '@shared/validation/fieldErrors';
import { useCallback, useEffect, useState } from 'react';
import { db } from '../../db/appDatabase';
import { createClient } from '../../db/clientsRepository';
import { getClientForEditing } from '../../db/clientVersionedSave';
import { type ClientDraft, splitTags, useClientDraftStore } from '../../state/clientDraftStore';
import { useEditConflict } from './useEditConflict';

function detailsOf(draft: ClientDraft): ClientDetails {
  return { ...draft.details, tags: splitTags(draft.tagsText) };
}

/**
 * The client form's state: the draft (kept in the store while the user goes elsewhere), its
 * errors, and save. Errors appear after the first save attempt and then follow every change.
 */
export function useClientForm(clientId: string | undefined, today: string) {
  const key = clientId ?? 'new';
  const draft = useClientDraftStore((state) => state.drafts[key]);
  const setDraft = useClientDraftStore((state) => state.setDraft);
  const updateDraft = useClientDraftStore((state) => state.updateDraft);
  const clearDraft = useClientDraftStore((state) => state.clearDraft);
  const [missing, setMissing] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (draft) return;
    if (!clientId) {
      setDraft(key, { details: newClientDetails('b2b', today), tagsText: '' });
      return;
    }
    getClientForEditing(db, clientId).then((read) => {
      // Its own copy: the draft's details are edited in place (updateDraft), the base never is.
      if (read)
        setDraft(key, {
          details: structuredClone(read.details),
          tagsText: read.details.tags.join(', '),
          base: read,
        });
      else setMissing(true);
    });
  }, [draft, clientId, key, setDraft, today]);

  const editConflict = useEditConflict({
    clientId,
    today,
    onDone: () => clearDraft(key),
    onBackToForm: (details, base) => {
      setDraft(key, { details, tagsText: details.tags.join(', '), base });
      setAttempt((count) => count + 1);
    },
  });

  const errors: FieldErrors = draft && attempt > 0 ? validateClient(detailsOf(draft), today) : {};

  const update = useCallback(
    (change: (next: ClientDraft) => void) => updateDraft(key, change),
    [key, updateDraft],
  );

  /** Saves and returns the client's id, or null when the details need fixing first. */
  const save = async (): Promise<string | null> => {
    if (!draft) return null;
    const details = detailsOf(draft);
    setAttempt((count) => count + 1);
    if (hasErrors(validateClient(details, today))) return null;
    const normalized = normalizeClientDetails(details);
    if (clientId) {
      const base = draft.base ?? (await getClientForEditing(db, clientId));
      if (!base) throw new Error('This client no longer exists; it may have been deleted.');
      return editConflict.saveAtVersion(normalized, base);
    }
    const id = await createClient(db, normalized);
    clearDraft(key);
    return id;
  };

  const discard = () => clearDraft(key);

  return {
    draft,
    missing,
    errors,
    attempt,
    update,
    save,
    discard,
    conflict: editConflict.conflict,
    resolveConflict: editConflict.resolve,
    dismissConflict: editConflict.dismiss,
  };
}
