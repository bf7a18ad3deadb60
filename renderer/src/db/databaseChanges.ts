import Dexie from 'dexie';

/**
 * Calls back after every committed write to the database, from this window or another
 * (Dexie's storagemutated event), so backups can follow changes without knowing the tables.
 */
export function onDatabaseChange(listener: () => void): () => void {
  const handler = () => listener();
  Dexie.on('storagemutated', handler);
  return () => Dexie.on('storagemutated').unsubscribe(handler);
}
