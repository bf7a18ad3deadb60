import { countOf } from '@shared/text/countWords';
import { describe, expect, it } from 'vitest';

describe('a count with its noun', () => {
  it('uses the singular for one and the plural otherwise', () => {
    expect(countOf(1, 'promoter')).toBe('1 promoter');
    expect(countOf(0, 'promoter')).toBe('0 promoters');
    expect(countOf(2, 'passive')).toBe('2 passives');
    expect(countOf(12_000, 'answer')).toBe('12,000 answers');
    expect(countOf(1, 'reply', 'replies')).toBe('1 reply');
    expect(countOf(3, 'reply', 'replies')).toBe('3 replies');
  });
});
