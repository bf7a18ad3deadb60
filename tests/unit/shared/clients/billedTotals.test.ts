import {
  billedSortBasisText,
  billedSortKey,
  compactBilledAmounts,
  hasExchangeRates,
} from '@shared/clients/billedTotals';
import { describe, expect, it } from 'vitest';

const noRates = { homeCurrency: 'USD', exchangeRates: {} };

describe('total billed sort key', () => {
  it('sorts a client billed in two currencies by the larger total, not by the home one', () => {
    const euroClient = billedSortKey({ USD: 1_000_00, EUR: 90_000_00 }, noRates);
    const dollarClient = billedSortKey({ USD: 5_000_00 }, noRates);
    expect(euroClient).toBe(90_000_00);
    expect(euroClient).toBeGreaterThan(dollarClient);
  });

  it('converts into the home currency at the rates the user entered', () => {
    const settings = { homeCurrency: 'USD', exchangeRates: { EUR: 1.1, JPY: 0.0067 } };
    expect(billedSortKey({ USD: 1_000_00, EUR: 1_000_00 }, settings)).toBe(2_100_00);
    expect(billedSortKey({ JPY: 1_000_000 }, settings)).toBe(6_700_00);
    expect(billedSortKey({}, settings)).toBe(0);
  });

  it('falls back to the largest single total when one of the currencies has no rate', () => {
    const settings = { homeCurrency: 'USD', exchangeRates: { EUR: 1.1 } };
    expect(billedSortKey({ EUR: 100_00, GBP: 300_00 }, settings)).toBe(300_00);
  });

  it('says in the sort label which total it uses', () => {
    expect(hasExchangeRates(noRates)).toBe(false);
    expect(billedSortBasisText(noRates)).toBe('largest currency total');
    const withRates = { homeCurrency: 'EUR', exchangeRates: { USD: 0.9 } };
    expect(billedSortBasisText(withRates)).toBe('in EUR at your rates');
  });
});

describe('compact billed amounts', () => {
  it('shows every currency, home first, short enough not to be cut off', () => {
    expect(compactBilledAmounts({ USD: 1_000_00, EUR: 12_500_00, GBP: 300_00 }, 'USD', 'en-US')).toEqual([
      '$1,000',
      '€12.5K',
      '£300',
    ]);
    expect(compactBilledAmounts({}, 'USD', 'en-US')).toEqual([]);
  });
});
