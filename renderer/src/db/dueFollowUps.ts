import type { Client } from '@shared/model/client';
import type { FollowUp, Touch } from '@shared/model/touch';
import { useLiveQuery } from 'dexie-react-hooks';
import { db as appDb } from './appDatabase';
import type { ClienteleDatabase } from './database';
import { useWindowLiveValue, type WindowLiveValue, windowLiveValue } from './windowLiveValue';

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

/** How many follow-ups Home shows at first; "show more" reads further pages. */
export const firstPageSize = 20;

let firstPageFeed: { today: string; live: WindowLiveValue<DueFollowUpsPage> } | undefined;

/**
 * Today's first page of due follow-ups, kept live for the window: the navigation's count reads
 * it all the time, so Home shows the list on its first render. A new day starts a new read.
 */
export function dueFollowUpsFirstPage(today: string): WindowLiveValue<DueFollowUpsPage> {
  if (firstPageFeed?.today !== today) {
    firstPageFeed?.live.stop();
    firstPageFeed = { today, live: windowLiveValue(() => dueFollowUpsPage(appDb, today, firstPageSize)) };
  }
  return firstPageFeed.live;
}

/** The due follow-ups, live: undefined while the first read is under way. */
export function useDueFollowUps(today: string, limit: number): DueFollowUpsPage | undefined {
  const firstPage = useWindowLiveValue(dueFollowUpsFirstPage(today));
  const longer = useLiveQuery(
    () => (limit > firstPageSize ? dueFollowUpsPage(appDb, today, limit) : undefined),
    [today, limit],
  );
  // While a longer page loads, the first page stays on screen.
  return (limit > firstPageSize ? longer : undefined) ?? firstPage;
}

/** How many follow-ups need attention today, for the navigation's count. */
export function useDueFollowUpsCount(today: string): number | undefined {
  return useWindowLiveValue(dueFollowUpsFirstPage(today))?.total;
}
