import { ClientListIndex } from './clientListIndex';
import { clientListSync } from './clientListSync';
import { ClienteleDatabase } from './database';
import { purgeOldTrash } from './trashRepository';

/** The app's one database connection, opened at start-up. */
export const db = new ClienteleDatabase();

/** The client list's in-memory keys, kept in step with every committed write to clients. */
export const clientListIndex = new ClientListIndex();
db.use(clientListSync(clientListIndex, db));

/**
 * Opens the database, starts loading the client list index, asks the browser to keep the data
 * even under storage pressure, and drops trash older than the undo period. Returns whether
 * storage is persistent.
 */
export async function openAppDatabase(): Promise<boolean> {
  await db.open();
  void clientListIndex.load(db);
  await purgeOldTrash(db);
  if (!navigator.storage?.persist) return false;
  try {
    return (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    return false;
  }
}
