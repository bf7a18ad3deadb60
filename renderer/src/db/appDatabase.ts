import { ClientListIndex } from './clientListIndex';
import { clientListSync } from './clientListSync';
import { ClienteleDatabase } from './database';
import { InsightsBookSource } from './insightsBook';
import { purgeOldTrash } from './trashRepository';

/** The app's one database connection, opened at start-up. */
export const db = new ClienteleDatabase();

/** The client list's in-memory keys, kept in step with every committed write to clients. */
export const clientListIndex = new ClientListIndex();
db.use(clientListSync(clientListIndex, db));

/**
 * Opens the database and starts loading the client list index. Housekeeping that need not
 * hold up the first screen (asking the browser to keep the data under storage pressure,
 * dropping trash older than the undo period) runs after.
 */
export async function openAppDatabase(): Promise<void> {
  await db.open();
  void clientListIndex.load(db);
  void purgeOldTrash(db).catch(() => undefined);
  void requestPersistentStorage();
}

/** Whether the browser has agreed not to evict the app's data when the disk runs low. */
async function requestPersistentStorage(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  try {
    return (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    return false;
  }
}

/** The insights screens' copy of the book, loaded when a screen first asks for it. */
export const insightsBook = new InsightsBookSource(db);
