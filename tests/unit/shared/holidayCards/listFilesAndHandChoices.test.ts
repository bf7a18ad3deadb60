import { mailingFileName } from '@shared/holidayCards/fileNames';
import { findClientsByWords } from '@shared/holidayCards/findClients';
import {
  addClientByHand,
  handChoiceOf,
  newMailingList,
  removeClientByHand,
  withHandChoice,
} from '@shared/holidayCards/mailingList';
import { describe, expect, it } from 'vitest';

const list = newMailingList(2026, new Date('2026-11-20T10:00:00Z'), 'list-1');

describe('mailingFileName', () => {
  it('names the files after the list', () => {
    expect(mailingFileName(list, 'csv')).toBe('holiday-cards-2026.csv');
    expect(mailingFileName(list, 'pdf', 'return address labels')).toBe(
      'holiday-cards-2026-return-address-labels.pdf',
    );
  });

  it('keeps letters of any script and drops what a file system objects to', () => {
    expect(mailingFileName({ name: 'Cartes de vœux: Zoë / 2026', year: 2026 }, 'csv')).toBe(
      'cartes-de-voeux-zoe-2026.csv',
    );
    expect(mailingFileName({ name: '年賀状 2027', year: 2027 }, 'csv')).toBe('年賀状-2027.csv');
    expect(mailingFileName({ name: ' ?? ', year: 2027 }, 'csv')).toBe('holiday-cards-2027.csv');
  });
});

describe('hand choices', () => {
  it('reads and restores what was decided by hand, for undo', () => {
    const added = addClientByHand(list, 'a');
    expect(handChoiceOf(added, 'a')).toBe('added');
    const removed = removeClientByHand(added, 'a');
    expect(handChoiceOf(removed, 'a')).toBe('removed');
    expect(handChoiceOf(withHandChoice(removed, 'a', 'added'), 'a')).toBe('added');
    const restored = withHandChoice(removed, 'a', 'rules');
    expect(handChoiceOf(restored, 'a')).toBe('rules');
    expect(restored.addedClientIds).toEqual([]);
    expect(restored.removedClientIds).toEqual([]);
  });
});

describe('findClientsByWords', () => {
  const clients = [
    { id: 'maria', searchWords: ['maria', 'lopez', 'madrid'] },
    { id: 'marine', searchWords: ['marine', 'supplies'] },
    { id: 'li', searchWords: ['李小龍'] },
  ];

  it('finds clients whose words start with every word typed, accents and case aside', () => {
    expect(findClientsByWords(clients, 'Mar', 10).map((client) => client.id)).toEqual(['maria', 'marine']);
    expect(findClientsByWords(clients, 'maría LÓ', 10).map((client) => client.id)).toEqual(['maria']);
    expect(findClientsByWords(clients, '李', 10).map((client) => client.id)).toEqual(['li']);
    expect(findClientsByWords(clients, 'mar', 1)).toHaveLength(1);
    expect(findClientsByWords(clients, '  ', 10)).toEqual([]);
  });
});
