import { describeCards, type MailingList } from '@shared/holidayCards';
import { findMailingDuplicates } from '@shared/holidayCards/duplicates';
import { type MailingEntry, mailingEntriesForClient } from '@shared/holidayCards/mailingEntry';
import type { Client } from '@shared/model/client';
import { describe, expect, it } from 'vitest';
import { address, namedPerson, settingsIn, storedClient } from '../../support/clients';

const settings = settingsIn('US');
const noChoices: Pick<MailingList, 'duplicateChoices' | 'addedClientIds'> = {
  duplicateChoices: {},
  addedClientIds: [],
};

function entriesOf(clients: readonly Client[]): MailingEntry[] {
  return clients.flatMap((each) => mailingEntriesForClient(each, settings));
}

function cardsOf(entries: MailingEntry[], list = noChoices) {
  return describeCards(entries, findMailingDuplicates(entries), list, undefined).cards;
}

function greetings(cards: ReturnType<typeof cardsOf>): string[] {
  return cards.map(({ card }) => card.greeting);
}

const acme = storedClient('acme', {
  organization: 'Acme Inc.',
  contacts: [namedPerson('p1', 'Jane', 'Doe'), namedPerson('p2', 'Bob', 'Roe')],
});
const loner = storedClient('loner', {
  organization: 'Loner LLC',
  contacts: [namedPerson('p3', 'Lu', 'Ng')],
  address: address({ lines: ['9 Side Road'] }),
});

describe('re-filtering a list: remembered cards stay right', () => {
  it('gives the same cards when a rule takes a client off and on again', () => {
    const all = entriesOf([acme, loner]);
    const before = greetings(cardsOf(all));
    expect(greetings(cardsOf(all.filter((entry) => entry.clientId !== 'loner')))).toEqual([
      'Dear friends at Acme Inc.',
    ]);
    expect(greetings(cardsOf(all))).toEqual(before);
  });

  it('follows a new duplicate choice, and the old choice again, with the same entries', () => {
    const all = entriesOf([acme]);
    const [found] = findMailingDuplicates(all);
    const perPerson = { duplicateChoices: { [found?.id ?? '']: 'per-person' as const }, addedClientIds: [] };
    expect(greetings(cardsOf(all))).toEqual(['Dear friends at Acme Inc.']);
    expect(greetings(cardsOf(all, perPerson))).toEqual(['Dear Jane', 'Dear Bob']);
    expect(greetings(cardsOf(all))).toEqual(['Dear friends at Acme Inc.']);
  });

  it('shows an edited client as edited: a new record makes new cards, the others are kept', () => {
    const first = cardsOf(entriesOf([acme, loner]));
    const moved = { ...loner, address: address({ lines: ['1 New Street'] }) };
    const second = cardsOf(entriesOf([acme, moved]));
    expect(second[1]?.card.addressLines[0]).toBe('1 New Street');
    expect(second[0]?.card.greeting).toBe(first[0]?.card.greeting);
  });

  it('flags a card added by hand on the next re-filter, without a stale flag from the last one', () => {
    const all = entriesOf([acme, loner]);
    expect(cardsOf(all).map((card) => card.addedByHand)).toEqual([false, false]);
    const byHand = cardsOf(all, { duplicateChoices: {}, addedClientIds: ['loner'] });
    expect(byHand.map((card) => card.addedByHand)).toEqual([false, true]);
    expect(cardsOf(all).map((card) => card.addedByHand)).toEqual([false, false]);
  });
});
