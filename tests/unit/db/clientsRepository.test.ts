import { describe, expect, it } from 'vitest';
import {
  createClient,
  deleteClient,
  getClientDetails,
  updateClient,
} from '../../../renderer/src/db/clientsRepository';
import { createProject } from '../../../renderer/src/db/projectsRepository';
import { restoreFromTrash } from '../../../renderer/src/db/trashRepository';
import { clientDetails } from '../support/clients';
import { freshDatabase, projectDetails } from './testDatabase';

describe('clients repository', () => {
  it('stores a client with its sort name and search words', async () => {
    const db = await freshDatabase();
    const id = await createClient(
      db,
      clientDetails('b2b', { organization: 'Émile & Co', given: 'Ana', family: 'Ruiz' }),
    );
    const stored = await db.clients.get(id);
    expect(stored?.sortName).toBe('emile & co');
    expect(stored?.searchWords).toEqual(expect.arrayContaining(['emile', 'co', 'ana', 'ruiz']));
    expect(stored?.projectCount).toBe(0);
  });

  it('keeps project figures when the details are edited', async () => {
    const db = await freshDatabase();
    const id = await createClient(db, clientDetails('b2b', { organization: 'Acme' }));
    await createProject(db, projectDetails(id));
    const details = await getClientDetails(db, id);
    if (!details) throw new Error('client missing');
    await updateClient(db, id, { ...details, organization: 'Acme Corporation' });
    const stored = await db.clients.get(id);
    expect(stored?.organization).toBe('Acme Corporation');
    expect(stored?.sortName).toBe('acme corporation');
    expect(stored?.projectCount).toBe(1);
    expect(stored?.totalBilledMinor).toBe(500_000);
  });

  it('deletes a client with its projects, and undo brings both back', async () => {
    const db = await freshDatabase();
    const id = await createClient(db, clientDetails('b2b', { organization: 'Acme' }));
    await createProject(db, projectDetails(id));
    await createProject(db, projectDetails(id, { title: 'Logo' }));

    const trashId = await deleteClient(db, id);
    expect(await db.clients.count()).toBe(0);
    expect(await db.projects.count()).toBe(0);

    await restoreFromTrash(db, trashId);
    expect((await db.clients.get(id))?.organization).toBe('Acme');
    expect(await db.projects.where('clientId').equals(id).count()).toBe(2);
    expect(await db.trash.count()).toBe(0);
  });

  it('refuses to edit a client that was deleted meanwhile', async () => {
    const db = await freshDatabase();
    const id = await createClient(db, clientDetails('b2b', { organization: 'Acme' }));
    await deleteClient(db, id);
    await expect(updateClient(db, id, clientDetails('b2b', { organization: 'X' }))).rejects.toThrow(
      /no longer exists/,
    );
  });
});
