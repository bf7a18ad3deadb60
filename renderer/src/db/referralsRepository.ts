import { newId, nowIso } from '@shared/ids';
import type { Referral } from '@shared/model/touch';
import { collapseWhitespace } from '@shared/text/normalize';
import type { ClienteleDatabase } from './database';

/** Who referred a client: a client in the book, or a person outside it. */
export type Referrer = { clientId: string } | { name: string; organization: string };

/**
 * Records (or replaces) who referred a client. A client with no acquisition channel yet gets
 * "referral", so the marketing figures count it. Returns the referral it replaced, for undo.
 */
export async function setReferral(
  db: ClienteleDatabase,
  clientId: string,
  referrer: Referrer,
  referredOn: string,
): Promise<Referral | undefined> {
  return db.transaction('rw', db.referrals, db.clients, async () => {
    const client = await db.clients.get(clientId);
    if (!client) throw new Error('This client no longer exists; it may have been deleted.');
    const byClient = 'clientId' in referrer;
    if (byClient) {
      if (referrer.clientId === clientId) throw new Error('A client cannot refer themselves.');
      if (!(await db.clients.get(referrer.clientId)))
        throw new Error('The referring client no longer exists.');
    } else if (collapseWhitespace(referrer.name) === '') {
      throw new Error('Enter the name of the person who referred this client.');
    }
    const previous = await db.referrals.where('clientId').equals(clientId).first();
    const now = nowIso();
    await db.referrals.put({
      id: previous?.id ?? newId(),
      createdAt: previous?.createdAt ?? now,
      updatedAt: now,
      clientId,
      referrerClientId: byClient ? referrer.clientId : '',
      referrerName: byClient ? '' : collapseWhitespace(referrer.name),
      referrerOrganization: byClient ? '' : collapseWhitespace(referrer.organization),
      referredOn,
    });
    if (client.source.channel === '') {
      await db.clients.put({ ...client, source: { ...client.source, channel: 'referral' }, updatedAt: now });
    }
    return previous;
  });
}

/** Removes who referred a client; returns the referral, for undo (restoreReferral). */
export async function removeReferral(db: ClienteleDatabase, clientId: string): Promise<Referral | undefined> {
  return db.transaction('rw', db.referrals, async () => {
    const referral = await db.referrals.where('clientId').equals(clientId).first();
    if (referral) await db.referrals.delete(referral.id);
    return referral;
  });
}

/** Puts a referral back as it was (undo of a change or a removal). */
export async function restoreReferral(
  db: ClienteleDatabase,
  clientId: string,
  referral: Referral | undefined,
): Promise<void> {
  await db.transaction('rw', db.referrals, async () => {
    await db.referrals.where('clientId').equals(clientId).delete();
    if (referral) await db.referrals.put(referral);
  });
}

export function referralOf(db: ClienteleDatabase, clientId: string): Promise<Referral | undefined> {
  return db.referrals.where('clientId').equals(clientId).first();
}

export function referralsBy(db: ClienteleDatabase, referrerClientId: string): Promise<Referral[]> {
  return db.referrals.where('referrerClientId').equals(referrerClientId).toArray();
}
