import { useLiveQuery } from 'dexie-react-hooks';
import { db as appDb } from './appDatabase';
import type { ClienteleDatabase } from './database';

/**
 * Whether the book has any client. Reads one key: IndexedDB counts by walking every record,
 * which at 20,000 clients held up the home screen by hundreds of milliseconds.
 */
export async function hasClients(db: ClienteleDatabase): Promise<boolean> {
  return (await db.clients.limit(1).primaryKeys()).length > 0;
}

/** Whether the book has any client, live; undefined until known. */
export function useHasClients(): boolean | undefined {
  return useLiveQuery(() => hasClients(appDb), []);
}
