import { describe, expect, it } from 'vitest';
import { createClient, loadClientsByIds } from '../../../renderer/src/db/clientsRepository';
import type { ClienteleDatabase } from '../../../renderer/src/db/database';
import { saveLabelSettings } from '../../../renderer/src/db/labelSettingsRepository';
import {
  addToListByHand,
  chooseDuplicateOption,
  createMailingList,
  deleteMailingList,
  listMailingLists,
  loadClientsNotOfKinds,
  loadClientsOfKinds,
  lockMailingList,
  markMailingListNotSent,
  markMailingListSent,
  removeFromListByHand,
  renameMailingList,
  restoreHandChoice,
  saveMailingRules,
  unlockMailingList,
} from '../../../renderer/src/db/mailingListsRepository';
import { loadSettings } from '../../../renderer/src/db/settingsRepository';
import { restoreFromTrash } from '../../../renderer/src/db/trashRepository';
import { clientDetails } from '../support/clients';
import { freshDatabase } from './testDatabase';

async function storedList(db: ClienteleDatabase, id: string) {
  const list = await db.mailingLists.get(id);
  if (!list) throw new Error('list missing');
  return list;
}

describe('mailing lists repository', () => {
  it('creates "Holiday cards <year>" with the default rules, and lists the newest year first', async () => {
    const db = await freshDatabase();
    const id2025 = await createMailingList(db, 2025);
    const id2026 = await createMailingList(db, 2026);
    expect((await listMailingLists(db)).map((list) => list.name)).toEqual([
      'Holiday cards 2026',
      'Holiday cards 2025',
    ]);
    expect((await storedList(db, id2025)).rules.kinds).toEqual(['b2b', 'b2g']);
    expect((await storedList(db, id2026)).addedClientIds).toEqual([]);
  });

  it('starts a new year with the rules of the latest earlier list, not its hand-made choices', async () => {
    const db = await freshDatabase();
    const id2025 = await createMailingList(db, 2025);
    const rules = { ...(await storedList(db, id2025)).rules, kinds: ['b2g' as const], tags: ['vip'] };
    await saveMailingRules(db, id2025, rules);
    await addToListByHand(db, id2025, 'client-1');
    const id2026 = await createMailingList(db, 2026);
    const list2026 = await storedList(db, id2026);
    expect(list2026.rules).toEqual(rules);
    expect(list2026.addedClientIds).toEqual([]);
  });

  it('refuses rules with a silly number of years', async () => {
    const db = await freshDatabase();
    const id = await createMailingList(db, 2026);
    const rules = { ...(await storedList(db, id)).rules, businessWithinYears: 0 };
    await expect(saveMailingRules(db, id, rules)).rejects.toThrow('Enter a whole number of years');
  });

  it('remembers clients added and removed by hand, and undo puts the earlier choice back', async () => {
    const db = await freshDatabase();
    const id = await createMailingList(db, 2026);
    expect(await addToListByHand(db, id, 'a')).toBe('rules');
    expect(await removeFromListByHand(db, id, 'b')).toBe('rules');
    expect(await storedList(db, id)).toMatchObject({ addedClientIds: ['a'], removedClientIds: ['b'] });
    expect(await removeFromListByHand(db, id, 'a')).toBe('added');
    await restoreHandChoice(db, id, 'a', 'added');
    expect(await storedList(db, id)).toMatchObject({ addedClientIds: ['a'], removedClientIds: ['b'] });
  });

  it('stores duplicate choices, renames, and marks the list sent and not sent', async () => {
    const db = await freshDatabase();
    const id = await createMailingList(db, 2026);
    await chooseDuplicateOption(db, id, 'organization:acme', 'per-person');
    await renameMailingList(db, id, '  Cards   for 2026 ');
    await markMailingListSent(db, id, ['b', 'a', 'b'], '2026-12-01');
    expect(await storedList(db, id)).toMatchObject({
      name: 'Cards for 2026',
      duplicateChoices: { 'organization:acme': 'per-person' },
      sentOn: '2026-12-01',
      sentClientIds: ['a', 'b'],
    });
    await markMailingListNotSent(db, id);
    expect(await storedList(db, id)).toMatchObject({ sentOn: '', sentClientIds: [] });
    await expect(renameMailingList(db, id, '   ')).rejects.toThrow('Give the list a name.');
  });

  it('refuses to change a sent list until it is unlocked, and keeps who got a card', async () => {
    const db = await freshDatabase();
    const id = await createMailingList(db, 2026);
    await markMailingListSent(db, id, ['a', 'b'], '2026-11-29');
    const locked = 'This list was sent on Nov 29 to 2 clients and is locked. Unlock it to edit.';
    const rules = (await storedList(db, id)).rules;
    await expect(saveMailingRules(db, id, { ...rules, tags: ['vip'] })).rejects.toThrow(locked);
    await expect(addToListByHand(db, id, 'c')).rejects.toThrow(locked);
    await expect(removeFromListByHand(db, id, 'a')).rejects.toThrow(locked);
    await expect(chooseDuplicateOption(db, id, 'case', 'household')).rejects.toThrow(locked);
    expect((await storedList(db, id)).rules.tags).toEqual([]);
    expect((await storedList(db, id)).addedClientIds).toEqual([]);

    await unlockMailingList(db, id);
    await addToListByHand(db, id, 'c');
    const unlocked = await storedList(db, id);
    expect(unlocked.addedClientIds).toEqual(['c']);
    expect(unlocked.sentOn).toBe('2026-11-29');
    expect(unlocked.sentClientIds).toEqual(['a', 'b']);

    await lockMailingList(db, id);
    await expect(removeFromListByHand(db, id, 'c')).rejects.toThrow(locked);
  });

  it('deletes a list to the trash, and undo brings it back whole', async () => {
    const db = await freshDatabase();
    const id = await createMailingList(db, 2026);
    await addToListByHand(db, id, 'a');
    const trashId = await deleteMailingList(db, id);
    expect(await db.mailingLists.count()).toBe(0);
    await restoreFromTrash(db, trashId);
    expect((await storedList(db, id)).addedClientIds).toEqual(['a']);
    expect(await db.trash.count()).toBe(0);
  });

  it('reads the clients of the rules’ kinds through the index, and hand-picked ones, by name', async () => {
    const db = await freshDatabase();
    const zeta = await createClient(db, clientDetails('b2b', { organization: 'Zeta Works' }));
    const agency = await createClient(db, clientDetails('b2g', { organization: 'Arts Agency' }));
    const maria = await createClient(db, clientDetails('b2c', { given: 'Maria', family: 'Lopez' }));
    await createClient(db, clientDetails('b2c', { given: 'Other', family: 'Person' }));
    const byKind = await loadClientsOfKinds(db, ['b2b', 'b2g']);
    expect(byKind.map((client) => client.id)).toEqual([agency, zeta]);
    expect(await loadClientsOfKinds(db, [])).toEqual([]);
    const picked = await loadClientsByIds(db, [maria, 'deleted-client']);
    expect(picked.map((client) => client.id)).toEqual([maria]);
  });

  it('reads the clients of the other kinds only when asked for', async () => {
    const db = await freshDatabase();
    await createClient(db, clientDetails('b2b', { organization: 'Zeta Works' }));
    const maria = await createClient(db, clientDetails('b2c', { given: 'Maria', family: 'Lopez' }));
    expect((await loadClientsNotOfKinds(db, ['b2b', 'b2g'])).map((client) => client.id)).toEqual([maria]);
    expect(await loadClientsNotOfKinds(db, [])).toHaveLength(2);
  });
});

describe('label settings', () => {
  it('saves the label choices and each template’s nudge without touching the other settings', async () => {
    const db = await freshDatabase();
    await saveLabelSettings(db, { offset: { templateId: 'avery-5160', offset: { x: -2, y: 0.5 } } });
    await saveLabelSettings(db, {
      lastLabelTemplateId: 'avery-l7163',
      offset: { templateId: 'avery-l7163', offset: { x: 1, y: 0 } },
    });
    const settings = await loadSettings(db);
    expect(settings.lastLabelTemplateId).toBe('avery-l7163');
    expect(settings.labelOffsets).toEqual({ 'avery-5160': { x: -2, y: 0.5 }, 'avery-l7163': { x: 1, y: 0 } });
    expect(settings.homeCurrency).toBe('USD');
    expect(settings.customLabelTemplate.columns).toBe(3);
  });
});
