import { describe, expect, it } from 'vitest';
import { undoImportBatch } from '../../../renderer/src/db/importRepository';
import { createActivity } from '../../../renderer/src/db/marketingRepository';
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
});
