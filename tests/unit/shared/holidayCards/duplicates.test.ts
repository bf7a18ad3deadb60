import {
  applyDuplicateChoices,
  type DuplicateCase,
  findMailingDuplicates,
} from '@shared/holidayCards/duplicates';
import { type MailingEntry, mailingEntriesForClient } from '@shared/holidayCards/mailingEntry';
import { describe, expect, it } from 'vitest';
import { address, namedPerson, settingsIn, storedClient } from '../../support/clients';

const settings = settingsIn('US');

function onlyCase(entries: MailingEntry[]): DuplicateCase {
  const cases = findMailingDuplicates(entries);
  expect(cases).toHaveLength(1);
  return cases[0] as DuplicateCase;
}

function entriesOf(...clients: ReturnType<typeof storedClient>[]): MailingEntry[] {
  return clients.flatMap((each) => mailingEntriesForClient(each, settings));
}

const acme = storedClient('acme', {
  organization: 'Acme Inc.',
  contacts: [namedPerson('p1', 'Jane', 'Doe', 'CEO'), namedPerson('p2', 'Bob', 'Roe', 'Accounts')],
});
const otherAtAcme = storedClient('acme-2', {
  organization: 'ACME',
  contacts: [namedPerson('p3', 'Sue', 'Poe')],
  address: address({ lines: ['100 Main St.'] }),
});
const home = address({ lines: ['12 Elm Street'], city: 'Springfield', region: 'IL', postalCode: '62701' });
const janeAtHome = storedClient('jane', {
  kind: 'b2c',
  organization: '',
  contacts: [namedPerson('p4', 'Jane', 'Smith')],
  address: home,
});
const johnAtHome = storedClient('john', {
  kind: 'b2c',
  organization: '',
  contacts: [namedPerson('p5', 'John', 'Smith')],
  address: home,
});
const loner = storedClient('loner', {
  organization: 'Solo Ltd',
  address: address({ lines: ['1 Other Road'] }),
});

describe('findMailingDuplicates', () => {
  it('finds several contacts at one organization, across client records and spellings', () => {
    const cases = findMailingDuplicates(entriesOf(acme, otherAtAcme, loner));
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({
      kind: 'organization',
      description: '3 people at Acme Inc.',
      entryIds: ['acme:p1', 'acme:p2', 'acme-2:p3'],
      options: ['organization', 'per-person', 'household'],
    });
  });

  it('finds several people at one home address, offering one household card first', () => {
    const cases = findMailingDuplicates(entriesOf(janeAtHome, johnAtHome, loner));
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({
      kind: 'address',
      entryIds: ['jane:p4', 'john:p5'],
      options: ['household', 'per-person'],
    });
  });

  it('gives each case the same id on every run, whatever the order of the entries', () => {
    const first = findMailingDuplicates(entriesOf(acme, otherAtAcme, janeAtHome, johnAtHome));
    const second = findMailingDuplicates(entriesOf(johnAtHome, janeAtHome, otherAtAcme, acme));
    expect(second.map((found) => found.id).sort()).toEqual(first.map((found) => found.id).sort());
  });

  it('does not treat one contact per organization as a duplicate', () => {
    expect(findMailingDuplicates(entriesOf(loner, janeAtHome))).toEqual([]);
  });
});

describe('applyDuplicateChoices', () => {
  it('sends one card to the organization by default', () => {
    const entries = entriesOf(acme, loner);
    const cards = applyDuplicateChoices(entries, findMailingDuplicates(entries), {});
    expect(cards).toHaveLength(2);
    expect(cards[0]).toMatchObject({
      recipientLines: ['Acme Inc.'],
      greeting: 'Dear friends at Acme Inc.',
      clientIds: ['acme'],
      choice: 'organization',
    });
    expect(cards[1]?.recipientLines).toEqual(['Jane Doe', 'Solo Ltd']);
  });

  it('sends one card per person when chosen', () => {
    const entries = entriesOf(acme);
    const found = onlyCase(entries);
    const cards = applyDuplicateChoices(entries, [found], { [found.id]: 'per-person' });
    expect(cards.map((card) => card.greeting)).toEqual(['Dear Jane', 'Dear Bob']);
    expect(cards[0]?.recipientLines).toEqual(['Jane Doe', 'CEO', 'Acme Inc.']);
  });

  it('sends one card naming everyone when chosen', () => {
    const entries = entriesOf(acme);
    const found = onlyCase(entries);
    const [card] = applyDuplicateChoices(entries, [found], { [found.id]: 'household' });
    expect(card?.recipientLines).toEqual(['Jane Doe and Bob Roe', 'Acme Inc.']);
    expect(card?.greeting).toBe('Dear Jane and Bob');
  });

  it('sends a family one household card by default', () => {
    const entries = entriesOf(janeAtHome, johnAtHome);
    const cards = applyDuplicateChoices(entries, findMailingDuplicates(entries), {});
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatchObject({
      recipientLines: ['Jane and John Smith'],
      greeting: 'Dear Jane and John',
      addressLines: ['12 Elm Street', 'Springfield, IL 62701'],
      clientIds: ['jane', 'john'],
    });
  });

  it('ignores a stored choice that does not fit the case', () => {
    const entries = entriesOf(janeAtHome, johnAtHome);
    const found = onlyCase(entries);
    const cards = applyDuplicateChoices(entries, [found], { [found.id]: 'organization' });
    expect(cards[0]?.choice).toBe('household');
  });

  it('never sends two cards to the same name in one case', () => {
    const twice = storedClient('acme-dup', {
      organization: 'Acme Inc.',
      contacts: [namedPerson('p9', 'Jane', 'Doe')],
    });
    const entries = entriesOf(acme, twice);
    const found = onlyCase(entries);
    const cards = applyDuplicateChoices(entries, [found], { [found.id]: 'per-person' });
    expect(cards.map((card) => card.name)).toEqual(['Jane Doe', 'Bob Roe']);
  });
});
