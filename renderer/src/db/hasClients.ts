import { db as appDb } from './appDatabase';
import type { ClienteleDatabase } from './database';
import { useWindowLiveValue, windowLiveValue } from './windowLiveValue';

/**
 * Whether the book has any client. Reads one key: IndexedDB counts by walking every record,
 * which at 20,000 clients held up the home screen by hundreds of milliseconds.
 */
export async function hasClients(db: ClienteleDatabase): Promise<boolean> {
  return (await db.clients.limit(1).primaryKeys()).length > 0;
}

/** Kept live for the window (see startHomeReads), so Home decides welcome or this week at once. */
export const bookHasClients = windowLiveValue(() => hasClients(appDb));

/** Whether the book has any client, live; undefined until known. */
export function useHasClients(): boolean | undefined {
  return useWindowLiveValue(bookHasClients);
}
