import { defaultSettings } from '@shared/model/settings';
import { describe, expect, it } from 'vitest';
import { createClient, updateClient } from '../../../renderer/src/db/clientsRepository';
import { ClienteleDatabase } from '../../../renderer/src/db/database';
import { readStamp } from '../../../renderer/src/db/dataChangeStamp';
import { linkClient } from '../../../renderer/src/db/marketingRepository';
import { createProject } from '../../../renderer/src/db/projectsRepository';
import { schemaVersions } from '../../../renderer/src/db/schema';
import { saveSettings } from '../../../renderer/src/db/settingsRepository';
import { clientDetails } from '../support/clients';
import { databaseAtVersion, freshDatabase, projectDetails } from './testDatabase';

const stampVersion = 8;
const versionBefore = Math.max(
  ...schemaVersions.map((schema) => schema.version).filter((v) => v < stampVersion),
);

describe('the data-change stamp behind saved insights figures', () => {
  it('changes with each write to clients, projects or marketing links, and not with settings', async () => {
    const db = await freshDatabase();
    const seen = [await readStamp(db.dataChangeStamps)];
    const clientId = await createClient(db, clientDetails('b2b', { organization: 'Acme' }));
    seen.push(await readStamp(db.dataChangeStamps));
    await createProject(db, projectDetails(clientId));
    seen.push(await readStamp(db.dataChangeStamps));
    await linkClient(db, clientId, { activityId: '', channel: 'referral' });
    seen.push(await readStamp(db.dataChangeStamps));
    await updateClient(db, clientId, clientDetails('b2b', { organization: 'Acme Ltd' }));
    seen.push(await readStamp(db.dataChangeStamps));
    expect(new Set(seen).size).toBe(seen.length);

    await saveSettings(db, { ...defaultSettings, lapsedAfterMonths: 30 });
    expect(await readStamp(db.dataChangeStamps)).toBe(seen[seen.length - 1]);
    db.close();
  });

  it('stays as it was when a write fails and its transaction rolls back', async () => {
    const db = await freshDatabase();
    await createClient(db, clientDetails('b2c', { given: 'Ana', family: 'Ruiz' }));
    const before = await readStamp(db.dataChangeStamps);
    await expect(
      db.transaction('rw', db.clients, async () => {
        await db.clients.update((await db.clients.toCollection().first())?.id ?? '', { notes: 'x' });
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(await readStamp(db.dataChangeStamps)).toBe(before);
    db.close();
  });

  it('is set by the upgrade from the version before, keeping every client and project', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const old = databaseAtVersion(name, versionBefore);
    await old.open();
    const clientId = await createClient(old, clientDetails('b2b', { organization: 'Acme' }));
    await createProject(old, projectDetails(clientId));
    await linkClient(old, clientId, { activityId: '', channel: 'webinar' });
    old.close();

    const current = new ClienteleDatabase(name);
    await current.open();
    expect(await readStamp(current.dataChangeStamps)).toMatch(/^[0-9a-f-]{36}$/);
    expect((await current.clients.get(clientId))?.organization).toBe('Acme');
    expect(await current.projects.where('clientId').equals(clientId).count()).toBe(1);
    expect((await current.clientActivityLinks.get(clientId))?.channel).toBe('webinar');
    current.close();
  });
});
