import { describe, expect, it } from 'vitest';
import { createClient } from '../../../renderer/src/db/clientsRepository';
import { undoImportBatch } from '../../../renderer/src/db/importRepository';
import { createActivity, linkClient } from '../../../renderer/src/db/marketingRepository';
import { clientDetails } from '../support/clients';
import { importFile, openImport } from './importTestSupport';
import { freshDatabase } from './testDatabase';

const sheet = [
  'Name,Email,Lead source,Campaign',
  'Ana Ruiz,ana@ruiz.example,Referral,autumn webinar',
  'Bob Stone,bob@stone.example,Newsletter,Spring fair 2025',
  'Cara Diaz,cara@diaz.example,LinkedIn,',
  'Dan Ode,dan@ode.example,,',
].join('\n');

async function bookWithWebinar() {
  const db = await freshDatabase();
  const webinarId = await createActivity(db, {
    name: 'Autumn Webinar',
    channel: 'webinar',
    objective: 'new-clients',
    startDate: '2026-09-01',
    endDate: '',
    spend: [],
    hours: 0,
    tracking: '',
    trackingDetail: '',
    reach: [],
    notes: '',
  });
  return { db, webinarId };
}

describe('importing source channels and campaigns', () => {
  it('shows the unknown campaign by row and column before anything is written', async () => {
    const { db } = await bookWithWebinar();
    const session = await openImport(db, 'leads.csv', sheet);
    expect(session.problems(0, 10).items).toEqual([
      expect.objectContaining({
        row: 3,
        field: 'Campaign',
        message: '"Spring fair 2025" is not one of your marketing activities.',
      }),
    ]);
    expect(await db.marketingActivities.count()).toBe(1);
  });

  it('links the new clients to their activity or channel, creating the missing activity, and undo removes both', async () => {
    const { db, webinarId } = await bookWithWebinar();
    const { batch } = await importFile(db, 'leads.csv', sheet);
    const clientNamed = async (name: string) =>
      (await db.clients.toArray()).find((client) => client.contacts[0]?.givenName === name)?.id ?? '';
    const fair = (await db.marketingActivities.toArray()).find(
      (activity) => activity.name === 'Spring fair 2025',
    );
    expect(fair).toMatchObject({ channel: 'newsletter', importBatchId: batch.id });
    expect(await db.clientActivityLinks.get(await clientNamed('Ana'))).toMatchObject({
      activityId: webinarId,
      channel: 'referral',
    });
    expect(await db.clientActivityLinks.get(await clientNamed('Bob'))).toMatchObject({
      activityId: fair?.id,
    });
    expect(await db.clientActivityLinks.get(await clientNamed('Cara'))).toMatchObject({
      activityId: '',
      channel: 'social',
    });
    expect(await db.clientActivityLinks.get(await clientNamed('Dan'))).toBeUndefined();

    await undoImportBatch(db, batch.id);
    expect(await db.clientActivityLinks.count()).toBe(0);
    expect((await db.marketingActivities.toArray()).map((activity) => activity.id)).toEqual([webinarId]);
  });

  it("gives a client the import fills in the row's source, keeps a source it had, and undo takes it away", async () => {
    const { db, webinarId } = await bookWithWebinar();
    const anaId = await createClient(
      db,
      clientDetails('b2c', { given: 'Ana', family: 'Ruiz', email: 'ana@ruiz.example' }),
    );
    const bobId = await createClient(
      db,
      clientDetails('b2c', { given: 'Bob', family: 'Stone', email: 'bob@stone.example' }),
    );
    await linkClient(db, bobId, { activityId: webinarId, channel: 'webinar' });
    const filling = [
      'Name,Email,Phone,Lead source,Campaign',
      'Ana Ruiz,ana@ruiz.example,+1 555 0100,Referral,autumn webinar',
      'Bob Stone,bob@stone.example,+1 555 0101,Newsletter,Spring fair 2025',
    ].join('\n');
    const { batch } = await importFile(db, 'leads.csv', filling, 'fill-empty');
    expect(batch.counts).toMatchObject({ created: 0, updated: 2 });
    expect(await db.clientActivityLinks.get(anaId)).toMatchObject({
      activityId: webinarId,
      channel: 'referral',
    });
    expect(await db.clientActivityLinks.get(bobId)).toMatchObject({
      activityId: webinarId,
      channel: 'webinar',
    });

    await undoImportBatch(db, batch.id);
    expect(await db.clientActivityLinks.get(anaId)).toBeUndefined();
    expect(await db.clientActivityLinks.get(bobId)).toMatchObject({ activityId: webinarId });
  });
});
