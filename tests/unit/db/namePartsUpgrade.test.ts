import { describe, expect, it } from 'vitest';
import { createClient } from '../../../renderer/src/db/clientsRepository';
import { ClienteleDatabase } from '../../../renderer/src/db/database';
import { createProject } from '../../../renderer/src/db/projectsRepository';
import { schemaVersions } from '../../../renderer/src/db/schema';
import { clientDetails } from '../support/clients';
import { databaseAtVersion, projectDetails } from './testDatabase';

const namePartsVersion = 7;
const versionBefore = Math.max(
  ...schemaVersions.map((schema) => schema.version).filter((version) => version < namePartsVersion),
);

describe('schema version 7: name parts', () => {
  it('keeps every stored name as it was and sorts people by family name', async () => {
    const name = `name-parts-${crypto.randomUUID()}`;
    const old = databaseAtVersion(name, versionBefore);
    await old.open();
    // An older import joined the middle name into the given name and the suffix into the family name.
    const joined = await createClient(
      old,
      clientDetails('b2c', { given: 'John Richter James', family: 'Doe Sr.', email: 'john@example.com' }),
    );
    const zed = await createClient(old, clientDetails('b2c', { given: 'Anna', family: 'Zed' }));
    const acme = await createClient(
      old,
      clientDetails('b2b', { organization: 'Acme', given: 'Zoe', family: 'Adams' }),
    );
    await createProject(old, projectDetails(acme));
    const before = await old.clients.get(joined);
    old.close();

    const current = new ClienteleDatabase(name);
    await current.open();
    const after = await current.clients.get(joined);
    expect(after?.contacts[0]).toEqual(before?.contacts[0]);
    expect(after?.contacts[0]).toMatchObject({ givenName: 'John Richter James', familyName: 'Doe Sr.' });
    expect(after?.notes).toBe(before?.notes);
    expect(after?.updatedAt).toBe(before?.updatedAt);
    expect(after?.sortName).toBe('doe sr. john richter james');
    const listed = await current.clients.orderBy('sortName').toArray();
    expect(listed.map((client) => client.id)).toEqual([acme, joined, zed]);
    expect((await current.clients.get(acme))?.totalBilledMinor).toBe(500_000);
    expect(await current.projects.where('clientId').equals(acme).count()).toBe(1);
    current.close();
  });
});
