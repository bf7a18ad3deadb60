import { normalizeClientDetails } from '@shared/clients/clientDetails';
import {
  compareEdits,
  type EditComparison,
  type FieldChoice,
  mergeEdits,
} from '@shared/clients/editConflict';
import { validateClient } from '@shared/clients/validateClient';
import type { ClientDetails } from '@shared/model/client';
import { hasErrors } from '@shared/validation/fieldErrors';
import { useState } from 'react';
import { db } from '../../db/appDatabase';
import { saveClientIfUnchanged, type VersionedClientDetails } from '../../db/clientVersionedSave';

/** A save that met a newer stored version: the user's details, the stored ones, and how they differ. */
export interface EditConflict {
  mine: ClientDetails;
  stored: VersionedClientDetails;
  comparison: EditComparison;
}

export type ConflictResolution =
  | { keep: 'mine' }
  | { keep: 'stored' }
  | { keep: 'merged'; choices: Record<string, FieldChoice> };

interface EditConflictOptions {
  clientId: string | undefined;
  /** The save went through, or the user took the stored version: the draft is done with. */
  onDone: () => void;
  /** A merge that needs fixing first goes back into the form, read at the stored version. */
  onBackToForm: (details: ClientDetails, base: VersionedClientDetails) => void;
  today: string;
}

const deletedMessage =
  'This client was deleted (in another window, or by undoing its import), so your changes were not saved. They are still in this form.';

/**
 * Saving an edited client at the version the form read. When it was saved elsewhere meanwhile
 * and its details differ, nothing is written: the conflict is kept for the user to resolve.
 * A change elsewhere that left the details alone (a project's figures) is no conflict.
 */
export function useEditConflict({ clientId, onDone, onBackToForm, today }: EditConflictOptions) {
  const [conflict, setConflict] = useState<EditConflict | null>(null);

  const saveAtVersion = async (
    details: ClientDetails,
    base: VersionedClientDetails,
  ): Promise<string | null> => {
    if (!clientId) return null;
    const outcome = await saveClientIfUnchanged(db, clientId, details, base.updatedAt);
    if (outcome.saved) {
      setConflict(null);
      onDone();
      return clientId;
    }
    if (outcome.reason === 'deleted') throw new Error(deletedMessage);
    const comparison = compareEdits(base.details, details, outcome.stored.details);
    if (!comparison.changedUnderneath) return saveAtVersion(details, outcome.stored);
    setConflict({ mine: details, stored: outcome.stored, comparison });
    return null;
  };

  /** Returns the client's id when saved (or the stored version taken), else null. */
  const resolve = async (resolution: ConflictResolution): Promise<string | null> => {
    if (!conflict || !clientId) return null;
    if (resolution.keep === 'stored') {
      setConflict(null);
      onDone();
      return clientId;
    }
    if (resolution.keep === 'mine') return saveAtVersion(conflict.mine, conflict.stored);
    const merged = normalizeClientDetails(
      mergeEdits(conflict.mine, conflict.stored.details, resolution.choices),
    );
    if (hasErrors(validateClient(merged, today))) {
      setConflict(null);
      onBackToForm(merged, conflict.stored);
      return null;
    }
    return saveAtVersion(merged, conflict.stored);
  };

  return { conflict, saveAtVersion, resolve, dismiss: () => setConflict(null) };
}
