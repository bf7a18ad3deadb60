import { costDraftsTotalMinor, emptyCostLineDraft, labourDraftMinor } from '@shared/pricing';
import { describe, expect, it } from 'vitest';

const labour = (hours: string, hourlyRate: string) => ({
  ...emptyCostLineDraft('labour'),
  label: 'Preparation',
  hours,
  hourlyRate,
});

describe('labourDraftMinor', () => {
  it('multiplies typed hours by the typed rate, in minor units', () => {
    expect(labourDraftMinor(labour('10', '80.00'), 'EUR')).toBe(80_000);
    expect(labourDraftMinor(labour('1,5', '33.33'), 'EUR')).toBe(5_000);
  });

  it('reads the rate with the currency’s decimal places', () => {
    expect(labourDraftMinor(labour('2', '5000'), 'JPY')).toBe(10_000);
  });

  it('has no total until both numbers read, and none for a negative rate', () => {
    expect(labourDraftMinor(labour('', '80'), 'EUR')).toBeNull();
    expect(labourDraftMinor(labour('2', 'eighty'), 'EUR')).toBeNull();
    expect(labourDraftMinor(labour('2', '-80'), 'EUR')).toBeNull();
  });

  it('has no total for an amount line', () => {
    expect(labourDraftMinor({ ...emptyCostLineDraft('amount'), amount: '12' }, 'EUR')).toBeNull();
  });

  it('has no total when hours × rate is too large to hold exactly', () => {
    expect(labourDraftMinor(labour('90071992547409.91', '1000'), 'EUR')).toBeNull();
  });
});

describe('costDraftsTotalMinor', () => {
  const amount = (text: string) => ({ ...emptyCostLineDraft('amount'), label: 'Venue', amount: text });

  it('adds amounts and labour as typed, before the rest of the form is filled in', () => {
    expect(costDraftsTotalMinor([amount('1,200.00'), labour('10', '80')], 'USD')).toBe(200_000);
  });

  it('skips blank lines, so a just-added line does not hide the total', () => {
    expect(costDraftsTotalMinor([amount('12.50'), emptyCostLineDraft()], 'USD')).toBe(1_250);
    expect(costDraftsTotalMinor([], 'USD')).toBe(0);
  });

  it('has no total while a line does not read or is negative', () => {
    expect(costDraftsTotalMinor([amount('12.50'), amount('abc')], 'USD')).toBeNull();
    expect(costDraftsTotalMinor([amount('-1')], 'USD')).toBeNull();
    expect(costDraftsTotalMinor([{ ...amount(''), label: 'Venue' }], 'USD')).toBeNull();
  });

  it('has no total past exact calculation', () => {
    expect(costDraftsTotalMinor([amount('90071992547409.91'), amount('1')], 'USD')).toBeNull();
  });
});
