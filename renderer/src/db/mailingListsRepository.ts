import { bySortName } from '@shared/clients/sortOrder';
import {
  addClientByHand,
  chooseForDuplicateCase,
  type DuplicateChoice,
  type HandChoice,
  handChoiceOf,
  isListLocked,
  lockedListMessage,
  lockSentList,
  type MailingList,
  type MailingRules,
  markListNotSent,
  markListSent,
  newMailingList,
  removeClientByHand,
  unlockSentList,
  validateMailingList,
  withHandChoice,
} from '@shared/holidayCards';
import { newId, nowIso } from '@shared/ids';
import type { Client, ClientKind } from '@shared/model/client';
import { collapseWhitespace } from '@shared/text/normalize';
import type { ClienteleDatabase } from './database';
import { relationshipTables } from './relationshipTables';
import { logAppTouches, removeAppTouches } from './touchesRepository';

/** Named operations on holiday-card lists. Each change is one read-modify-write transaction. */

/** Every list, the newest year first, then by name. */
export async function listMailingLists(db: ClienteleDatabase): Promise<MailingList[]> {
  const lists = await db.mailingLists.toArray();
  return lists.sort((a, b) => b.year - a.year || a.name.localeCompare(b.name));
}

/**
 * Creates "Holiday cards <year>". Its rules start as those of the latest earlier list, so a
 * list tuned last December does not have to be tuned again; hand-made choices start empty.
 */
export async function createMailingList(db: ClienteleDatabase, year: number): Promise<string> {
  return db.transaction('rw', db.mailingLists, async () => {
    const list = newMailingList(year);
    const earlier = await db.mailingLists.where('year').below(year).toArray();
    const latest = earlier.sort((a, b) => b.year - a.year || b.createdAt.localeCompare(a.createdAt))[0];
    if (latest)
      list.rules = { ...latest.rules, kinds: [...latest.rules.kinds], tags: [...latest.rules.tags] };
    await db.mailingLists.add(list);
    return list.id;
  });
}

/** Applies a change to a stored list; returns the list as it was before, for undo. */
async function changeMailingList(
  db: ClienteleDatabase,
  id: string,
  change: (list: MailingList) => MailingList,
): Promise<MailingList> {
  return db.transaction('rw', db.mailingLists, async () => {
    const list = await db.mailingLists.get(id);
    if (!list) throw new Error('This list no longer exists; it may have been deleted.');
    await db.mailingLists.put(change(list));
    return list;
  });
}

/**
 * Changes who is on the list (rules, hand-made choices, duplicate choices): refused while the
 * list is locked as sent, so the record of who got a card never changes by accident.
 */
async function editMailingList(
  db: ClienteleDatabase,
  id: string,
  change: (list: MailingList) => MailingList,
): Promise<MailingList> {
  return changeMailingList(db, id, (list) => {
    if (isListLocked(list)) throw new Error(lockedListMessage(list));
    return change(list);
  });
}

/** Unlocks a sent list for editing; its sent date and who got a card are kept. */
export async function unlockMailingList(db: ClienteleDatabase, id: string): Promise<void> {
  await changeMailingList(db, id, (list) => unlockSentList(list));
}

/** Locks a sent list again after editing. */
export async function lockMailingList(db: ClienteleDatabase, id: string): Promise<void> {
  await changeMailingList(db, id, (list) => lockSentList(list));
}

export async function saveMailingRules(
  db: ClienteleDatabase,
  id: string,
  rules: MailingRules,
): Promise<void> {
  const errors = validateMailingList({ name: 'list', year: 2000, sentOn: '', rules });
  if (errors['rules.businessWithinYears']) throw new Error(errors['rules.businessWithinYears']);
  await editMailingList(db, id, (list) => ({ ...list, rules, updatedAt: nowIso() }));
}

/** Puts a client on the list by hand; returns what was decided about them before, for undo. */
export async function addToListByHand(
  db: ClienteleDatabase,
  id: string,
  clientId: string,
): Promise<HandChoice> {
  const before = await editMailingList(db, id, (list) => addClientByHand(list, clientId));
  return handChoiceOf(before, clientId);
}

/** Takes a client off the list by hand; returns what was decided about them before, for undo. */
export async function removeFromListByHand(
  db: ClienteleDatabase,
  id: string,
  clientId: string,
): Promise<HandChoice> {
  const before = await editMailingList(db, id, (list) => removeClientByHand(list, clientId));
  return handChoiceOf(before, clientId);
}

export async function restoreHandChoice(
  db: ClienteleDatabase,
  id: string,
  clientId: string,
  choice: HandChoice,
): Promise<void> {
  await editMailingList(db, id, (list) => withHandChoice(list, clientId, choice));
}

export async function chooseDuplicateOption(
  db: ClienteleDatabase,
  id: string,
  caseId: string,
  choice: DuplicateChoice,
): Promise<void> {
  await editMailingList(db, id, (list) => chooseForDuplicateCase(list, caseId, choice));
}

/** Records the cards as sent on `sentOn`, to the given clients, each on its client's timeline. */
export async function markMailingListSent(
  db: ClienteleDatabase,
  id: string,
  sentClientIds: readonly string[],
  sentOn: string,
): Promise<void> {
  await db.transaction('rw', [db.mailingLists, db.clients, ...relationshipTables(db)], async () => {
    const list = await changeMailingList(db, id, (list) => markListSent(list, sentClientIds, sentOn));
    await removeAppTouches(db, id);
    await logAppTouches(
      db,
      [...new Set(sentClientIds)].map((clientId) => ({
        event: 'holiday-card-sent' as const,
        clientId,
        date: sentOn,
        subject: list.name,
        sourceId: id,
      })),
    );
  });
}

export async function markMailingListNotSent(db: ClienteleDatabase, id: string): Promise<void> {
  await db.transaction('rw', [db.mailingLists, db.clients, ...relationshipTables(db)], async () => {
    await changeMailingList(db, id, (list) => markListNotSent(list));
    await removeAppTouches(db, id);
  });
}

export async function renameMailingList(db: ClienteleDatabase, id: string, name: string): Promise<void> {
  const clean = collapseWhitespace(name);
  if (clean === '') throw new Error('Give the list a name.');
  await changeMailingList(db, id, (list) => ({ ...list, name: clean, updatedAt: nowIso() }));
}

/** Moves a list to the trash; returns the trash entry id for undo (restoreFromTrash). */
export async function deleteMailingList(db: ClienteleDatabase, id: string): Promise<string> {
  return db.transaction('rw', db.mailingLists, db.trash, async () => {
    const list = await db.mailingLists.get(id);
    if (!list) throw new Error('This list no longer exists; it may have been deleted already.');
    const trashId = newId();
    await db.trash.add({
      id: trashId,
      deletedAt: nowIso(),
      label: list.name,
      clients: [],
      projects: [],
      mailingLists: [list],
    });
    await db.mailingLists.delete(id);
    return trashId;
  });
}

/**
 * The clients of the rules' kinds, in one pass through the kind index, sorted by name so cards
 * and left-out clients read in a stable order: 20,000 clients are one indexed read, not a query
 * per row.
 */
export async function loadClientsOfKinds(
  db: ClienteleDatabase,
  kinds: readonly ClientKind[],
): Promise<Client[]> {
  if (kinds.length === 0) return [];
  // One getAll per kind: anyOf walks a cursor, one record per step, several times slower.
  const byKind = await Promise.all(
    [...new Set(kinds)].map((kind) => db.clients.where('kind').equals(kind).toArray()),
  );
  return byKind.flat().sort(bySortName);
}

/** Clients of every other kind, for finding one to add by hand; read only when asked for. */
export async function loadClientsNotOfKinds(
  db: ClienteleDatabase,
  kinds: readonly ClientKind[],
): Promise<Client[]> {
  const clients =
    kinds.length === 0
      ? await db.clients.toArray()
      : await db.clients
          .where('kind')
          .noneOf([...kinds])
          .toArray();
  return clients.sort(bySortName);
}
