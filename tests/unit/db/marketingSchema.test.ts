import { describe, expect, it } from 'vitest';
import { createClient } from '../../../renderer/src/db/clientsRepository';
import { ClienteleDatabase } from '../../../renderer/src/db/database';
import { readInsightsBook } from '../../../renderer/src/db/insightsWorker/readInsightsBook';
import {
  createActivity,
  deleteActivity,
  linkClient,
  restoreLink,
} from '../../../renderer/src/db/marketingRepository';
import { createProject } from '../../../renderer/src/db/projectsRepository';
import { schemaVersions } from '../../../renderer/src/db/schema';
import type { MarketingActivityDetails } from '../../../shared/model/marketing';
import { clientDetails } from '../support/clients';
import { databaseAtVersion, projectDetails } from './testDatabase';

const marketingVersion = 6;
const versionBefore = Math.max(
  ...schemaVersions.map((schema) => schema.version).filter((version) => version < marketingVersion),
);

const webinar: MarketingActivityDetails = {
  name: 'Spring webinar',
  channel: 'webinar',
  objective: 'new-clients',
  startDate: '2026-03-01',
  endDate: '2026-03-01',
  spend: [{ label: 'Platform', amount: { amountMinor: 120_00, currency: 'USD' } }],
  hours: 12,
  tracking: 'registration',
  trackingDetail: 'Registrations sheet',
  reach: [{ date: '2026-03-01', measure: 'attendees', count: 48 }],
  notes: '',
};

describe('schema version 6: marketing activities and client-to-activity links', () => {
  it('keeps clients, projects and free-text sources of a filled database and adds empty marketing tables', async () => {
    const name = `upgrade-marketing-${crypto.randomUUID()}`;
    const old = databaseAtVersion(name, versionBefore);
    await old.open();
    const details = clientDetails('b2b', { organization: 'Acme', given: 'Ana', family: 'Ruiz' });
    const clientId = await createClient(old, {
      ...details,
      source: { channel: 'referral', detail: 'Chamber breakfast' },
    });
    await createProject(old, projectDetails(clientId));
    old.close();

    const current = new ClienteleDatabase(name);
    await current.open();
    const client = await current.clients.get(clientId);
    expect(client?.source).toEqual({ channel: 'referral', detail: 'Chamber breakfast' });
    expect(client?.totalBilledMinor).toBe(500_000);
    expect(await current.projects.count()).toBe(1);
    expect(await current.marketingActivities.count()).toBe(0);
    expect(await current.clientActivityLinks.count()).toBe(0);

    const activityId = await createActivity(current, webinar);
    await linkClient(current, clientId, { activityId, channel: 'webinar' });
    expect(await current.clientActivityLinks.where('activityId').equals(activityId).count()).toBe(1);
    current.close();
  });

  it('undoes a link back to nothing, and keeps the channel when the activity is deleted', async () => {
    const db = new ClienteleDatabase(`marketing-${crypto.randomUUID()}`);
    await db.open();
    const clientId = await createClient(db, clientDetails('b2c', { given: 'Bo', family: 'Lind' }));
    const activityId = await createActivity(db, webinar);
    await linkClient(db, clientId, { activityId, channel: 'webinar' });
    await restoreLink(db, clientId, undefined);
    expect(await db.clientActivityLinks.get(clientId)).toBeUndefined();
    await linkClient(db, clientId, { activityId, channel: 'webinar' });
    await deleteActivity(db, activityId);
    expect(await db.clientActivityLinks.get(clientId)).toMatchObject({ activityId: '', channel: 'webinar' });
    db.close();
  });

  it('reads the book for the insights screens, leaving out links of clients that no longer exist', async () => {
    const db = new ClienteleDatabase(`marketing-${crypto.randomUUID()}`);
    await db.open();
    const clientId = await createClient(db, clientDetails('b2b', { organization: 'Acme' }));
    await createProject(db, projectDetails(clientId));
    await linkClient(db, clientId, { activityId: '', channel: 'referral' });
    await linkClient(db, 'gone', { activityId: '', channel: 'referral' });
    const book = await readInsightsBook(db);
    expect(book?.clients.map((client) => client.name)).toEqual(['Acme']);
    expect(book?.projects).toEqual([
      expect.objectContaining({
        clientId,
        date: '2025-02-28',
        amount: { amountMinor: 500_000, currency: 'USD' },
      }),
    ]);
    expect(book?.links.map((link) => link.clientId)).toEqual([clientId]);
    db.close();
  });
});
