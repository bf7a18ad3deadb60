import type { Client } from '@shared/model/client';
import type { Project } from '@shared/model/project';
import type { Referral, Touch } from '@shared/model/touch';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../appDatabase';
import { projectsOfClients } from '../projectsRepository';
import { referralOf, referralsBy } from '../referralsRepository';
import { clientTouches } from '../touchesRepository';

export interface ReferralRecords {
  /** Who referred this client, if anyone. */
  referral: Referral | undefined;
  referrer: Client | undefined;
  /** Whom this client referred, each with the client (undefined when deleted since). */
  referred: { referral: Referral; client: Client | undefined }[];
  /** The referred clients' projects. */
  projects: Project[];
  /** This client's own touches, read only when it referred someone. */
  ownTouches: Touch[];
}

export function useReferralRecords(clientId: string): ReferralRecords | undefined {
  return useLiveQuery(async () => {
    const referral = await referralOf(db, clientId);
    const referrer = referral?.referrerClientId ? await db.clients.get(referral.referrerClientId) : undefined;
    const referredBy = await referralsBy(db, clientId);
    const referredIds = referredBy.map((item) => item.clientId);
    const referredClients = await db.clients.bulkGet(referredIds);
    const projects = await projectsOfClients(db, referredIds);
    const ownTouches = referredBy.length > 0 ? await clientTouches(db, clientId) : [];
    const referred = referredBy.map((item, index) => ({ referral: item, client: referredClients[index] }));
    return { referral, referrer, referred, projects, ownTouches };
  }, [clientId]);
}
