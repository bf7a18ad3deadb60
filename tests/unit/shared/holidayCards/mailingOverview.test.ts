import {
  addClientByHand,
  chooseForDuplicateCase,
  markListSent,
  newMailingList,
} from '@shared/holidayCards/mailingList';
import { exclusionCounts, mailingOverview } from '@shared/holidayCards/mailingOverview';
import { describe, expect, it } from 'vitest';
import { address, namedPerson, settingsIn, storedClient } from '../../support/clients';

const today = '2026-11-20';
const settings = settingsIn('US');
const list2026 = newMailingList(2026, new Date('2026-11-20T10:00:00Z'), 'list-2026');

const acme = storedClient('acme', {
  organization: 'Acme Inc.',
  contacts: [namedPerson('p1', 'Jane', 'Doe'), namedPerson('p2', 'Bob', 'Roe')],
});
const noPostalCode = storedClient('nowhere', {
  organization: 'Nowhere Ltd',
  contacts: [],
  address: address({ lines: ['9 Side Road'], postalCode: '' }),
});
const consumer = storedClient('maria', {
  kind: 'b2c',
  organization: '',
  contacts: [namedPerson('p3', 'Maria', 'Lopez')],
  address: address({ lines: ['5 Elm Street'] }),
});
const oldFriend = storedClient('old', {
  organization: 'Old Friends Co',
  address: address({ lines: ['1 Harbour Way'] }),
  lastProjectDate: '2019-03-01',
});
const clients = [acme, noPostalCode, consumer, oldFriend];

describe('mailingOverview', () => {
  it('puts the rules’ clients on the list with one card per case, and counts the reasons for the rest', () => {
    const overview = mailingOverview(clients, list2026, settings, today, undefined);
    expect(overview.recipientClientIds).toEqual(['acme']);
    expect(overview.cases).toHaveLength(1);
    expect(overview.cards.map(({ card }) => card.greeting)).toEqual(['Dear friends at Acme Inc.']);
    expect(overview.cards[0]?.lastYear).toBeNull();
    expect(exclusionCounts(overview.selection)).toEqual({
      'incomplete-address': 1,
      kind: 1,
      'no-recent-business': 1,
    });
  });

  it('flags the address problems of a client added by hand and follows the duplicate choice', () => {
    let list = addClientByHand(list2026, 'nowhere');
    list = addClientByHand(list, 'maria');
    const caseId = mailingOverview(clients, list, settings, today, undefined).cases[0]?.id ?? '';
    list = chooseForDuplicateCase(list, caseId, 'per-person');
    const { cards } = mailingOverview(clients, list, settings, today, undefined);
    expect(cards.map(({ card }) => card.greeting)).toEqual([
      'Dear Jane',
      'Dear Bob',
      'Dear friends at Nowhere Ltd',
      'Dear Maria',
    ]);
    const nowhere = cards.find(({ card }) => card.clientIds.includes('nowhere'));
    expect(nowhere?.addedByHand).toBe(true);
    expect(nowhere?.problems.map((problem) => problem.message)).toEqual(['No postal code']);
    expect(cards[0]?.addedByHand).toBe(false);
  });

  it('tells who got a card from last year’s sent list and who is new', () => {
    const lastYear = markListSent(
      newMailingList(2025, new Date('2025-11-20T10:00:00Z'), 'list-2025'),
      ['acme', 'old'],
      '2025-12-01',
    );
    const list = addClientByHand(list2026, 'maria');
    const overview = mailingOverview(clients, list, settings, today, lastYear);
    const byClient = Object.fromEntries(
      overview.cards.map(({ card, lastYear }) => [card.clientIds[0], lastYear]),
    );
    expect(byClient).toEqual({ acme: 'again', maria: 'new' });
    expect(overview.yearOverYear.droppedSinceLastYear).toEqual(['old']);
  });
});
