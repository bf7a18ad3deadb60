import { describe, expect, it } from 'vitest';
import { createClient, deleteClient, updateClient } from '../../../renderer/src/db/clientsRepository';
import { getClientForEditing, saveClientIfUnchanged } from '../../../renderer/src/db/clientVersionedSave';
import { clientDetails } from '../support/clients';
import { freshDatabase } from './testDatabase';

async function clientBeingEdited() {
  const db = await freshDatabase();
  const id = await createClient(db, clientDetails('b2b', { organization: 'Acme', given: 'Ana' }));
  const read = await getClientForEditing(db, id);
  if (!read) throw new Error('client missing');
  return { db, id, read };
}

describe('saving a client at the version it was read', () => {
  it('saves when nobody changed the client meanwhile, with a new version', async () => {
    const { db, id, read } = await clientBeingEdited();
    const outcome = await saveClientIfUnchanged(
      db,
      id,
      { ...read.details, notes: 'Prefers calls' },
      read.updatedAt,
    );
    expect(outcome.saved).toBe(true);
    const stored = await db.clients.get(id);
    expect(stored?.notes).toBe('Prefers calls');
    expect(outcome.saved && outcome.updatedAt).toBe(stored?.updatedAt);
  });

  it('writes nothing when another window saved first, and returns what it saved', async () => {
    const { db, id, read } = await clientBeingEdited();
    await new Promise((resolve) => setTimeout(resolve, 2));
    await updateClient(db, id, { ...read.details, organization: 'Acme Studio' });

    const outcome = await saveClientIfUnchanged(
      db,
      id,
      { ...read.details, notes: 'Prefers calls' },
      read.updatedAt,
    );

    expect(outcome).toMatchObject({ saved: false, reason: 'changed' });
    if (outcome.saved || outcome.reason !== 'changed') throw new Error('expected a conflict');
    expect(outcome.stored.details.organization).toBe('Acme Studio');
    const stored = await db.clients.get(id);
    expect(stored?.organization).toBe('Acme Studio');
    expect(stored?.notes).toBe('');
    expect(outcome.stored.updatedAt).toBe(stored?.updatedAt);
  });

  it('says the client was deleted instead of bringing it back', async () => {
    const { db, id, read } = await clientBeingEdited();
    await deleteClient(db, id);
    expect(await saveClientIfUnchanged(db, id, read.details, read.updatedAt)).toEqual({
      saved: false,
      reason: 'deleted',
    });
    expect(await db.clients.get(id)).toBeUndefined();
  });
});
