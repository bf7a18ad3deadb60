import { describe, expect, it } from 'vitest';
import { createClient } from '../../../renderer/src/db/clientsRepository';
import { ClienteleDatabase } from '../../../renderer/src/db/database';
import { createProject } from '../../../renderer/src/db/projectsRepository';
import { clientDetails } from '../support/clients';
import { importFile } from './importTestSupport';
import { databaseAtVersion, projectDetails } from './testDatabase';

describe('schema version 3: import history and mapping presets', () => {
  it('keeps the clients, projects and scenarios of a version 2 database and adds empty import tables', async () => {
    const name = `upgrade-import-${crypto.randomUUID()}`;
    const old = databaseAtVersion(name, 2);
    await old.open();
    const clientId = await createClient(old, clientDetails('b2b', { organization: 'Acme', given: 'Ana' }));
    await createProject(old, projectDetails(clientId));
    const before = await old.clients.get(clientId);
    old.close();

    const current = new ClienteleDatabase(name);
    await current.open();
    expect(current.verno).toBeGreaterThanOrEqual(3);
    expect(await current.clients.get(clientId)).toEqual(before);
    expect(await current.projects.where('clientId').equals(clientId).count()).toBe(1);
    expect(await current.importBatches.count()).toBe(0);
    expect(await current.importPresets.count()).toBe(0);

    // The upgraded database takes an import, found again by its batch id.
    const { batch } = await importFile(current, 'contacts.csv', 'Name,Email\nBob Stone,bob@stone.example\n');
    expect(await current.clients.where('importBatchId').equals(batch.id).count()).toBe(1);
    current.close();
  });
});
