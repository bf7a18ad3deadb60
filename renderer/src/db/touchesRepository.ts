import { newId, nowIso } from '@shared/ids';
import type { FollowUp, Touch, TouchDetails } from '@shared/model/touch';
import { type AppTouchInput, appTouch } from '@shared/touches/appTouches';
import {
  completeFollowUp as completed,
  followUpIndexKey,
  rescheduleFollowUp as rescheduled,
  snoozeFollowUp as snoozed,
} from '@shared/touches/followUps';
import type { ClienteleDatabase } from './database';
import { raiseLastContacted, recomputeLastContacted } from './lastContactedSync';
import { hasRelationshipLog } from './relationshipTables';

/**
 * Named operations on touches. Every write keeps the client's lastContactedOn in step, in the
 * same transaction.
 */

/** The stored form of a touch: details, bookkeeping and the follow-up index key. */
function storedTouch(details: TouchDetails, meta: Omit<Touch, keyof TouchDetails | 'followUpOn'>): Touch {
  const touch: Touch = { ...meta, ...details };
  const key = followUpIndexKey(touch);
  if (key) touch.followUpOn = key;
  return touch;
}

export async function logTouch(db: ClienteleDatabase, details: TouchDetails): Promise<string> {
  return db.transaction('rw', db.touches, db.clients, async () => {
    if (!(await db.clients.get(details.clientId)))
      throw new Error('The client of this touch no longer exists.');
    const now = nowIso();
    const touch = storedTouch(details, {
      id: newId(),
      createdAt: now,
      updatedAt: now,
      loggedAt: now,
      quiet: false,
    });
    await db.touches.add(touch);
    await raiseLastContacted(db, [touch]);
    return touch.id;
  });
}

export async function updateTouch(db: ClienteleDatabase, id: string, details: TouchDetails): Promise<void> {
  await db.transaction('rw', db.touches, db.clients, async () => {
    const existing = await db.touches.get(id);
    if (!existing) throw new Error('This touch no longer exists; it may have been deleted.');
    const { followUpOn: _key, ...meta } = existing;
    await db.touches.put(storedTouch(details, { ...meta, updatedAt: nowIso() }));
    await recomputeLastContacted(db, [existing.clientId, details.clientId]);
  });
}

/** Moves a touch to the trash; returns the trash entry id for undo (restoreFromTrash). */
export async function deleteTouch(db: ClienteleDatabase, id: string): Promise<string> {
  return db.transaction('rw', db.touches, db.clients, db.trash, async () => {
    const touch = await db.touches.get(id);
    if (!touch) throw new Error('This touch no longer exists; it may have been deleted already.');
    const trashId = newId();
    await db.trash.add({
      id: trashId,
      deletedAt: nowIso(),
      label: touch.summary,
      clients: [],
      projects: [],
      touches: [touch],
    });
    await db.touches.delete(id);
    await recomputeLastContacted(db, [touch.clientId]);
    return trashId;
  });
}

/** Applies a change to a touch's follow-up; returns the follow-up as it was, for undo. */
async function changeFollowUp(
  db: ClienteleDatabase,
  id: string,
  change: (followUp: FollowUp) => FollowUp,
): Promise<FollowUp> {
  return db.transaction('rw', db.touches, async () => {
    const touch = await db.touches.get(id);
    if (!touch?.followUp) throw new Error('This follow-up no longer exists; it may have been deleted.');
    const { followUpOn: _key, ...rest } = touch;
    await db.touches.put(
      storedTouch({ ...rest, followUp: change(touch.followUp) }, { ...rest, updatedAt: nowIso() }),
    );
    return touch.followUp;
  });
}

export function completeFollowUp(db: ClienteleDatabase, id: string, today: string): Promise<FollowUp> {
  return changeFollowUp(db, id, (followUp) => completed(followUp, today));
}

export function snoozeFollowUp(db: ClienteleDatabase, id: string, until: string): Promise<FollowUp> {
  return changeFollowUp(db, id, (followUp) => snoozed(followUp, until));
}

export function rescheduleFollowUp(db: ClienteleDatabase, id: string, dueOn: string): Promise<FollowUp> {
  return changeFollowUp(db, id, (followUp) => rescheduled(followUp, dueOn));
}

/** Puts a follow-up back as it was before done, snooze or reschedule. */
export function restoreFollowUp(db: ClienteleDatabase, id: string, previous: FollowUp): Promise<FollowUp> {
  return changeFollowUp(db, id, () => previous);
}

export type AppTouchRequest = Omit<AppTouchInput, 'id' | 'now'>;

/**
 * Logs touches the app records by itself (a card sent, a project started, an import): for
 * other features to call inside their own write transaction, which must include
 * db.touches and db.clients. One bulk write, however many clients.
 */
export async function logAppTouches(
  db: ClienteleDatabase,
  requests: readonly AppTouchRequest[],
): Promise<void> {
  if (requests.length === 0 || !hasRelationshipLog(db)) return;
  const now = nowIso();
  const touches = requests.map((request) => appTouch({ ...request, id: newId(), now }));
  // Quiet entries come from an import that has just written their clients; others may name a
  // client deleted since (a card list made last week), which gets no touch.
  const checkIds = [...new Set(touches.filter((touch) => !touch.quiet).map((touch) => touch.clientId))];
  const present = new Set(
    (await db.clients.bulkGet(checkIds)).flatMap((client) => (client ? [client.id] : [])),
  );
  const kept = touches.filter((touch) => touch.quiet || present.has(touch.clientId));
  await db.touches.bulkAdd(kept);
  await raiseLastContacted(db, kept);
}

/** Removes the touches the app logged about one source (an import undone, cards marked unsent). */
export async function removeAppTouches(db: ClienteleDatabase, sourceId: string): Promise<void> {
  if (!hasRelationshipLog(db)) return;
  const touches = await db.touches.where('sourceId').equals(sourceId).toArray();
  if (touches.length === 0) return;
  await db.touches.bulkDelete(touches.map((touch) => touch.id));
  await recomputeLastContacted(
    db,
    touches.filter((touch) => !touch.quiet).map((touch) => touch.clientId),
  );
}

export function clientTouches(db: ClienteleDatabase, clientId: string): Promise<Touch[]> {
  return db.touches.where('clientId').equals(clientId).toArray();
}

/** Open follow-ups that need attention by `today` (due or overdue), oldest first. */
export function followUpsNeedingAttention(db: ClienteleDatabase, today: string): Promise<Touch[]> {
  return db.touches.where('followUpOn').belowOrEqual(today).toArray();
}

export function countTouches(db: ClienteleDatabase): Promise<number> {
  return db.touches.count();
}
