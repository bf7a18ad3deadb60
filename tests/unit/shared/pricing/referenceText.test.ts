import { type PastPriceReference, priceReferenceSentences } from '@shared/pricing';
import { describe, expect, it } from 'vitest';

function reference(overrides: Partial<PastPriceReference> = {}): PastPriceReference {
  return {
    count: 3,
    averageMinor: 15_000,
    minMinor: 12_000,
    maxMinor: 18_000,
    otherCurrencyCount: 0,
    otherCurrencies: [],
    unpricedCount: 0,
    ...overrides,
  };
}

const say = (ref: PastPriceReference, price: number | null) =>
  priceReferenceSentences(ref, 'Workshop', 'USD', price, 'en-US');

describe('priceReferenceSentences', () => {
  it('gives the average and range, and where the price stands against them', () => {
    expect(say(reference(), 16_500)).toEqual([
      '3 past “Workshop” projects were billed $150.00 on average, from $120.00 to $180.00.',
      'This price is within the range of past projects, $15.00 (10%) above the average.',
    ]);
    expect(say(reference(), 10_000)[1]).toBe(
      'This price is below every past project, $50.00 (33.3%) below the average.',
    );
    expect(say(reference(), 15_000)[1]).toBe('This price is exactly the average.');
  });

  it('speaks of one project as that project', () => {
    const one = reference({ count: 1, minMinor: 15_000, maxMinor: 15_000 });
    expect(say(one, 20_000)).toEqual([
      '1 past “Workshop” project was billed $150.00.',
      'This price is $50.00 (33.3%) above that project.',
    ]);
  });

  it('leaves out the comparison until a price reads', () => {
    expect(say(reference(), null)).toHaveLength(1);
  });

  it('says what was not counted and why', () => {
    const mixed = reference({ otherCurrencyCount: 2, otherCurrencies: ['EUR', 'GBP'], unpricedCount: 1 });
    expect(say(mixed, null)).toContain(
      'Not counted: 2 projects billed in EUR, GBP and 1 project with no amount yet.',
    );
  });

  it('says when there is nothing to go by yet', () => {
    const none = reference({
      count: 0,
      averageMinor: null,
      minMinor: null,
      maxMinor: null,
      otherCurrencyCount: 1,
      otherCurrencies: ['EUR'],
    });
    expect(say(none, 15_000)).toEqual([
      'No past “Workshop” projects billed in USD to compare with yet.',
      'Not counted: 1 project billed in EUR.',
    ]);
  });
});
