import { nowIso } from '@shared/ids';
import { addDays } from '@shared/insights/dayNumbers';
import type { ClienteleDatabase } from './database';

/** Marks a home entry done: it stays hidden until its reason changes (its key with it). */
export async function markEntryDone(db: ClienteleDatabase, key: string): Promise<void> {
  const now = nowIso();
  await db.homeDismissals.put({ id: key, until: '', createdAt: now, updatedAt: now });
}

/** Hides a home entry for `days` days from today. */
export async function snoozeEntry(
  db: ClienteleDatabase,
  key: string,
  days: number,
  today: string,
): Promise<void> {
  const now = nowIso();
  await db.homeDismissals.put({ id: key, until: addDays(today, days), createdAt: now, updatedAt: now });
}

/** Brings a done or snoozed entry back (undo). */
export async function restoreEntry(db: ClienteleDatabase, key: string): Promise<void> {
  await db.homeDismissals.delete(key);
}
