import { clientDetailsOf } from '@shared/clients/clientRecord';
import type { ClientDetails } from '@shared/model/client';
import { editedClientRecord } from './clientsRepository';
import type { ClienteleDatabase } from './database';

/** A client's details with the version they were read at (its updatedAt). */
export interface VersionedClientDetails {
  details: ClientDetails;
  updatedAt: string;
}

export type VersionedSaveOutcome =
  | { saved: true; updatedAt: string }
  /** Saved elsewhere since it was read: nothing was written; here is what is stored now. */
  | { saved: false; reason: 'changed'; stored: VersionedClientDetails }
  | { saved: false; reason: 'deleted' };

export async function getClientForEditing(
  db: ClienteleDatabase,
  id: string,
): Promise<VersionedClientDetails | undefined> {
  const client = await db.clients.get(id);
  return client ? { details: clientDetailsOf(client), updatedAt: client.updatedAt } : undefined;
}

/**
 * Saves a client's details only if the stored client is still the version the editor read. The
 * check and the write share one transaction, so no other window or import can slip in between;
 * otherwise nothing is written and the caller gets the stored version to show the user.
 */
export async function saveClientIfUnchanged(
  db: ClienteleDatabase,
  id: string,
  details: ClientDetails,
  readAtVersion: string,
): Promise<VersionedSaveOutcome> {
  return db.transaction('rw', db.clients, async () => {
    const existing = await db.clients.get(id);
    if (!existing) return { saved: false, reason: 'deleted' };
    if (existing.updatedAt !== readAtVersion) {
      return {
        saved: false,
        reason: 'changed',
        stored: { details: clientDetailsOf(existing), updatedAt: existing.updatedAt },
      };
    }
    const record = editedClientRecord(existing, details);
    await db.clients.put(record);
    return { saved: true, updatedAt: record.updatedAt };
  });
}
