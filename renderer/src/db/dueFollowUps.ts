import type { Client } from '@shared/model/client';
import type { FollowUp, Touch } from '@shared/model/touch';
import { useLiveQuery } from 'dexie-react-hooks';
import { db as appDb } from './appDatabase';
import type { ClienteleDatabase } from './database';

interface DueFollowUp {
  touch: Touch;
  client: Client;
  followUp: FollowUp;
}

export interface DueFollowUpsPage {
  /** The first `limit` follow-ups needing attention, oldest first, with their clients. */
  entries: DueFollowUp[];
  /** How many need attention in all. */
  total: number;
}

/**
 * The follow-ups due today or overdue, a page at a time. The sparse followUpOn index holds only
 * open follow-ups, keyed by the day they next need attention, so this is one range read in
 * list order: a backlog of thousands costs a key count, and only the shown rows are read.
 */
export function dueFollowUpsPage(
  db: ClienteleDatabase,
  today: string,
  limit: number,
): Promise<DueFollowUpsPage> {
  return db.transaction('r', db.touches, db.clients, async () => {
    const due = () => db.touches.where('followUpOn').belowOrEqual(today);
    const [total, touches] = await Promise.all([due().count(), due().limit(limit).toArray()]);
    const clients = await db.clients.bulkGet(touches.map((touch) => touch.clientId));
    const entries = touches.flatMap((touch, index) => {
      const client = clients[index];
      return client && touch.followUp ? [{ touch, client, followUp: touch.followUp }] : [];
    });
    return { entries, total };
  });
}

/** The due follow-ups, live: undefined while the first read is under way. */
export function useDueFollowUps(today: string, limit: number): DueFollowUpsPage | undefined {
  return useLiveQuery(() => dueFollowUpsPage(appDb, today, limit), [today, limit]);
}
