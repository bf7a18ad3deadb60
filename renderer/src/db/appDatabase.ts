import { ClienteleDatabase } from './database';
import { purgeOldTrash } from './trashRepository';

/** The app's one database connection, opened at start-up. */
export const db = new ClienteleDatabase();

/**
 * Opens the database, asks the browser to keep it even under storage pressure, and drops
 * trash older than the undo period. Returns whether storage is persistent.
 */
export async function openAppDatabase(): Promise<boolean> {
  await db.open();
  await purgeOldTrash(db);
  if (!navigator.storage?.persist) return false;
  try {
    return (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    return false;
  }
}
