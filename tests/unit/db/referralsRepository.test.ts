import { describe, expect, it } from 'vitest';
import { createClient, deleteClient } from '../../../renderer/src/db/clientsRepository';
import {
  referralOf,
  referralsBy,
  removeReferral,
  restoreReferral,
  setReferral,
} from '../../../renderer/src/db/referralsRepository';
import { restoreFromTrash } from '../../../renderer/src/db/trashRepository';
import { clientDetails } from '../support/clients';
import { freshDatabase } from './testDatabase';

describe('referrals', () => {
  it('records a client referred by another client, seen from both sides, and marks the channel', async () => {
    const db = await freshDatabase();
    const ana = await createClient(db, clientDetails('b2b', { organization: 'Ana Studio' }));
    const bo = await createClient(db, clientDetails('b2b', { organization: 'Bo Works' }));
    await setReferral(db, bo, { clientId: ana }, '2026-06-01');
    expect((await referralOf(db, bo))?.referrerClientId).toBe(ana);
    expect((await referralsBy(db, ana)).map((referral) => referral.clientId)).toEqual([bo]);
    expect((await db.clients.get(bo))?.source.channel).toBe('referral');
  });

  it('records an outside person, replaces rather than duplicates, and undoes a removal', async () => {
    const db = await freshDatabase();
    const bo = await createClient(db, clientDetails('b2b', { organization: 'Bo Works' }));
    await setReferral(db, bo, { name: '  Jo   Smith ', organization: 'Guild' }, '2026-06-01');
    await setReferral(db, bo, { name: 'Jo Smith', organization: 'The Guild' }, '2026-06-02');
    expect(await db.referrals.count()).toBe(1);
    expect(await referralOf(db, bo)).toMatchObject({
      referrerName: 'Jo Smith',
      referrerOrganization: 'The Guild',
    });
    const removed = await removeReferral(db, bo);
    expect(await referralOf(db, bo)).toBeUndefined();
    await restoreReferral(db, bo, removed);
    expect((await referralOf(db, bo))?.referrerName).toBe('Jo Smith');
  });

  it('refuses a self-referral and a nameless outside referrer, writing nothing', async () => {
    const db = await freshDatabase();
    const bo = await createClient(db, clientDetails('b2b', { organization: 'Bo Works' }));
    await expect(setReferral(db, bo, { clientId: bo }, '2026-06-01')).rejects.toThrow(
      'cannot refer themselves',
    );
    await expect(setReferral(db, bo, { name: ' ', organization: 'X' }, '2026-06-01')).rejects.toThrow(
      'Enter the name',
    );
    expect(await db.referrals.count()).toBe(0);
  });

  it('deletes a referred client’s referral with it, and restores it on undo', async () => {
    const db = await freshDatabase();
    const ana = await createClient(db, clientDetails('b2b', { organization: 'Ana Studio' }));
    const bo = await createClient(db, clientDetails('b2b', { organization: 'Bo Works' }));
    await setReferral(db, bo, { clientId: ana }, '2026-06-01');
    const trashId = await deleteClient(db, bo);
    expect(await referralsBy(db, ana)).toEqual([]);
    await restoreFromTrash(db, trashId);
    expect((await referralsBy(db, ana)).map((referral) => referral.clientId)).toEqual([bo]);
  });
});
