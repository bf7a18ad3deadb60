import { markListSent, newMailingList } from '@shared/holidayCards/mailingList';
import { compareWithPreviousList, previousSentList } from '@shared/holidayCards/yearOverYear';
import { describe, expect, it } from 'vitest';

const sent2025 = markListSent(
  newMailingList(2025, new Date('2025-11-01T00:00:00Z'), 'l2025'),
  ['a', 'b', 'c'],
  '2025-12-04',
);
const sent2024 = markListSent(
  newMailingList(2024, new Date('2024-11-01T00:00:00Z'), 'l2024'),
  ['z'],
  '2024-12-02',
);
const unsent2025 = newMailingList(2025, new Date('2025-11-02T00:00:00Z'), 'draft-2025');

describe('compareWithPreviousList', () => {
  it('tells who is new, who got a card last year, and who was dropped', () => {
    const comparison = compareWithPreviousList(['b', 'd', 'a'], sent2025);
    expect(comparison).toEqual({
      previousListId: 'l2025',
      previousYear: 2025,
      newThisYear: ['d'],
      gotCardLastYear: ['b', 'a'],
      droppedSinceLastYear: ['c'],
    });
  });

  it('counts everyone as new when the earlier list was never marked sent', () => {
    const comparison = compareWithPreviousList(['a'], unsent2025);
    expect(comparison.newThisYear).toEqual(['a']);
    expect(comparison.previousListId).toBeNull();
  });
});

describe('previousSentList', () => {
  it('picks the latest earlier list that was marked sent', () => {
    expect(previousSentList([sent2024, unsent2025, sent2025], 2026)?.id).toBe('l2025');
    expect(previousSentList([sent2024, unsent2025], 2026)?.id).toBe('l2024');
    expect(previousSentList([sent2025], 2025)).toBeUndefined();
  });
});
