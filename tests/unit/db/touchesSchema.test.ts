import { describe, expect, it } from 'vitest';
import { createClient } from '../../../renderer/src/db/clientsRepository';
import { ClienteleDatabase } from '../../../renderer/src/db/database';
import { createProject } from '../../../renderer/src/db/projectsRepository';
import { referralsBy, setReferral } from '../../../renderer/src/db/referralsRepository';
import { schemaVersions } from '../../../renderer/src/db/schema';
import { followUpsNeedingAttention, logTouch } from '../../../renderer/src/db/touchesRepository';
import { clientDetails } from '../support/clients';
import { databaseAtVersion, projectDetails } from './testDatabase';

const touchesVersion = 5;
const versionBefore = Math.max(
  ...schemaVersions.map((schema) => schema.version).filter((version) => version < touchesVersion),
);

describe('schema version 5: touches and referrals', () => {
  it('keeps the clients and projects of the version before, never contacted, and takes touches after', async () => {
    const name = `upgrade-touches-${crypto.randomUUID()}`;
    const old = databaseAtVersion(name, versionBefore);
    await old.open();
    const acme = await createClient(old, clientDetails('b2b', { organization: 'Acme', given: 'Ana' }));
    const bolt = await createClient(old, clientDetails('b2c', { given: 'Bo', family: 'Lt' }));
    await createProject(old, projectDetails(acme, { status: 'active', startDate: '2025-01-10' }));
    const before = await old.clients.get(acme);
    old.close();

    const current = new ClienteleDatabase(name);
    await current.open();
    expect(current.verno).toBeGreaterThanOrEqual(touchesVersion);
    expect(await current.clients.get(acme)).toEqual(before);
    expect(before?.lastContactedOn).toBeUndefined();
    expect(await current.projects.where('clientId').equals(acme).count()).toBe(1);
    expect(await current.touches.count()).toBe(0);
    expect(await current.referrals.count()).toBe(0);

    await logTouch(current, {
      clientId: acme,
      kind: 'call',
      date: '2026-11-30',
      personId: '',
      summary: 'Catch-up',
      notes: '',
      followUp: { dueOn: '2026-11-30', action: 'Send notes', snoozedUntil: '', doneOn: '' },
    });
    await setReferral(current, bolt, { clientId: acme }, '2026-11-30');
    expect((await current.clients.get(acme))?.lastContactedOn).toBe('2026-11-30');
    expect(await followUpsNeedingAttention(current, '2026-11-30')).toHaveLength(1);
    expect((await referralsBy(current, acme)).map((referral) => referral.clientId)).toEqual([bolt]);
    current.close();
  });
});
