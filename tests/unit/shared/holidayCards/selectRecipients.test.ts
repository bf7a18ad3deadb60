import {
  addClientByHand,
  letRulesDecide,
  type MailingList,
  markListSent,
  newMailingList,
  removeClientByHand,
  validateMailingList,
} from '@shared/holidayCards/mailingList';
import { selectRecipients } from '@shared/holidayCards/selectRecipients';
import { describe, expect, it } from 'vitest';
import { address, storedClient } from '../../support/clients';

const today = '2026-11-20';

function listWith(changes: Partial<MailingList['rules']> = {}): MailingList {
  const list = newMailingList(2026, new Date('2026-11-20T10:00:00Z'), 'list-1');
  return { ...list, rules: { ...list.rules, ...changes } };
}

function includedIds(selection: ReturnType<typeof selectRecipients>) {
  return selection.included.map((entry) => entry.client.id);
}

function reasonsFor(selection: ReturnType<typeof selectRecipients>, id: string) {
  return selection.excluded.find((entry) => entry.client.id === id)?.reasons;
}

describe('a new holiday card list', () => {
  it('is named for its year and takes business and government clients by default', () => {
    const list = newMailingList(2026, new Date('2026-11-20T10:00:00Z'), 'list-1');
    expect(list.name).toBe('Holiday cards 2026');
    expect(list.rules.kinds).toEqual(['b2b', 'b2g']);
    expect(list.sentOn).toBe('');
    expect(validateMailingList(list)).toEqual({});
  });

  it('rejects a blank name, a silly year and a non-whole number of years', () => {
    const list = { ...listWith({ businessWithinYears: 1.5 }), name: '  ', year: 26 };
    expect(Object.keys(validateMailingList(list)).sort()).toEqual([
      'name',
      'rules.businessWithinYears',
      'year',
    ]);
  });
});

describe('selectRecipients', () => {
  it('takes business and government clients and leaves consumers out by default', () => {
    const clients = [
      storedClient('b'),
      storedClient('g', { kind: 'b2g' }),
      storedClient('c', { kind: 'b2c', organization: '' }),
    ];
    const selection = selectRecipients(clients, listWith(), today);
    expect(includedIds(selection)).toEqual(['b', 'g']);
    expect(reasonsFor(selection, 'c')).toEqual(['kind']);
  });

  it('counts only clients who did business within the last N years', () => {
    const clients = [
      storedClient('recent', { lastProjectDate: '2024-11-20' }),
      storedClient('old', { lastProjectDate: '2024-11-19' }),
      storedClient('never', { lastProjectDate: '' }),
    ];
    const selection = selectRecipients(clients, listWith({ businessWithinYears: 2 }), today);
    expect(includedIds(selection)).toEqual(['recent']);
    expect(reasonsFor(selection, 'old')).toEqual(['no-recent-business']);
    expect(reasonsFor(selection, 'never')).toEqual(['no-recent-business']);
    expect(includedIds(selectRecipients(clients, listWith({ businessWithinYears: null }), today))).toEqual([
      'recent',
      'old',
      'never',
    ]);
  });

  it('matches any of the chosen tags, ignoring case and accents', () => {
    const clients = [
      storedClient('vip', { tags: ['VIP'] }),
      storedClient('cafe', { tags: ['Café'] }),
      storedClient('none'),
    ];
    const selection = selectRecipients(clients, listWith({ tags: ['vip', 'cafe'] }), today);
    expect(includedIds(selection)).toEqual(['vip', 'cafe']);
    expect(reasonsFor(selection, 'none')).toEqual(['tags']);
  });

  it('leaves out incomplete addresses only when the list asks for complete ones', () => {
    const clients = [storedClient('no-street', { address: address({ lines: [] }) })];
    expect(reasonsFor(selectRecipients(clients, listWith(), today), 'no-street')).toEqual([
      'incomplete-address',
    ]);
    const lenient = listWith({ requireCompleteAddress: false });
    expect(includedIds(selectRecipients(clients, lenient, today))).toEqual(['no-street']);
  });

  it('leaves out clients who opted out of post or asked not to be contacted', () => {
    const clients = [
      storedClient('no-post', { permissions: { email: true, post: false } }),
      storedClient('dnc', { doNotContact: true }),
    ];
    const selection = selectRecipients(clients, listWith(), today);
    expect(selection.included).toEqual([]);
    expect(reasonsFor(selection, 'no-post')).toEqual(['no-post']);
    expect(reasonsFor(selection, 'dnc')).toEqual(['do-not-contact']);
    expect(includedIds(selectRecipients(clients, listWith({ excludeNoPost: false }), today))).toEqual([
      'no-post',
      'dnc',
    ]);
  });

  it('keeps hand-made additions and removals, whatever the rules say', () => {
    const clients = [storedClient('consumer', { kind: 'b2c' }), storedClient('business')];
    let list = addClientByHand(listWith(), 'consumer');
    list = removeClientByHand(list, 'business');
    const selection = selectRecipients(clients, list, today);
    expect(selection.included).toEqual([{ client: clients[0], reason: 'added-by-hand' }]);
    expect(reasonsFor(selection, 'business')).toEqual(['removed-by-hand']);

    // The hand-made choices survive a change of rules.
    const widened = {
      ...list,
      rules: { ...list.rules, kinds: ['b2b', 'b2g', 'b2c'] as MailingList['rules']['kinds'] },
    };
    expect(includedIds(selectRecipients(clients, widened, today))).toEqual(['consumer']);

    const forgotten = letRulesDecide(letRulesDecide(list, 'consumer'), 'business');
    expect(includedIds(selectRecipients(clients, forgotten, today))).toEqual(['business']);
  });

  it('does not send post to someone who opted out even when added by hand', () => {
    const clients = [storedClient('opted-out', { permissions: { email: true, post: false } })];
    const selection = selectRecipients(clients, addClientByHand(listWith(), 'opted-out'), today);
    expect(selection.included).toEqual([]);
    expect(selection.excluded[0]).toMatchObject({ reasons: ['no-post'], addedByHand: true });
  });

  it('adding by hand undoes a removal by hand, and the other way round', () => {
    const list = addClientByHand(removeClientByHand(listWith(), 'x'), 'x');
    expect(list.addedClientIds).toEqual(['x']);
    expect(list.removedClientIds).toEqual([]);
  });
});

describe('markListSent', () => {
  it('records the date and who got a card, once each', () => {
    const sent = markListSent(listWith(), ['b', 'a', 'b'], '2026-12-05');
    expect(sent.sentOn).toBe('2026-12-05');
    expect(sent.sentClientIds).toEqual(['a', 'b']);
  });
});

describe('clients whose post permission is not known', () => {
  it('are left out as "ask first" and counted, until added by hand', () => {
    const unknown = storedClient('u', { permissions: { email: true, post: 'unknown' } });
    const known = storedClient('k');
    const selection = selectRecipients([unknown, known], listWith(), today);
    expect(includedIds(selection)).toEqual(['k']);
    expect(reasonsFor(selection, 'u')).toEqual(['post-unknown']);
    const asked = selectRecipients([unknown], addClientByHand(listWith(), 'u'), today);
    expect(includedIds(asked)).toEqual(['u']);
  });
});
