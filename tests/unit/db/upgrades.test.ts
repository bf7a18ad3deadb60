import { describe, expect, it } from 'vitest';
import { createClient } from '../../../renderer/src/db/clientsRepository';
import { ClienteleDatabase } from '../../../renderer/src/db/database';
import { createProject } from '../../../renderer/src/db/projectsRepository';
import { schemaVersions } from '../../../renderer/src/db/schema';
import { clientDetails } from '../support/clients';
import { databaseAtVersion, projectDetails } from './testDatabase';

const currentVersion = Math.max(...schemaVersions.map((schema) => schema.version));

describe('schema upgrades', () => {
  it('numbers versions in increasing order, so Dexie applies them as written', () => {
    const numbers = schemaVersions.map((schema) => schema.version);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('keeps every client and project of a first-release database when the current version opens it', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const old = databaseAtVersion(name, 1);
    await old.open();
    const clientId = await createClient(
      old,
      clientDetails('b2b', { organization: 'Acme', given: 'Ana', family: 'Ruiz' }),
    );
    await createProject(old, projectDetails(clientId));
    old.close();

    const current = new ClienteleDatabase(name);
    await current.open();
    expect(current.verno).toBe(currentVersion);
    const client = await current.clients.get(clientId);
    expect(client?.organization).toBe('Acme');
    expect(client?.totalBilledMinor).toBe(500_000);
    expect(await current.projects.where('clientId').equals(clientId).count()).toBe(1);
    expect(await current.pricingScenarios.count()).toBe(0);
    expect(await current.mailingLists.count()).toBe(0);
    current.close();
  });
});
