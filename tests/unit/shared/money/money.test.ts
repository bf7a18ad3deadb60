import { currencyFractionDigits, formatMinorForInput, formatMoney, parseMoney } from '@shared/money/money';
import { describe, expect, it } from 'vitest';

describe('parseMoney', () => {
  it.each([
    ['1250', 125_000],
    ['1,250.50', 125_050],
    ['1.250,50', 125_050],
    ['1 250,5', 125_050],
    ['$ 99.99', 9_999],
    ['0.1', 10],
    ['12,345,678.90', 1_234_567_890],
  ])('reads "%s" as %i cents without floating-point error', (text, minor) => {
    expect(parseMoney(text, 'USD')).toEqual({ ok: true, amountMinor: minor });
  });

  it('reads a thousands separator followed by three digits as grouping', () => {
    expect(parseMoney('1,234', 'USD')).toEqual({ ok: true, amountMinor: 123_400 });
  });

  it('knows currencies without minor units', () => {
    expect(parseMoney('1500', 'JPY')).toEqual({ ok: true, amountMinor: 1500 });
    expect(parseMoney('15.5', 'JPY')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/whole amount/),
    });
  });

  it('explains what is wrong with text that is not an amount', () => {
    expect(parseMoney('', 'USD')).toMatchObject({ ok: false, error: 'Enter an amount.' });
    expect(parseMoney('abc', 'USD')).toMatchObject({ ok: false, error: expect.stringMatching(/number/) });
    expect(parseMoney('1.999', 'EUR')).toEqual({ ok: true, amountMinor: 199_900 });
    expect(parseMoney('1.9999', 'EUR')).toMatchObject({ ok: false, error: 'Use at most 2 decimal places.' });
    expect(parseMoney('1,25,0', 'EUR')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/separators/),
    });
    expect(parseMoney('99999999999999999999', 'USD')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/too large/),
    });
  });

  it('refuses letters that are not the field currency, instead of reading "abc12" as 12', () => {
    for (const text of ['abc12', 'abc20', 'x5', '12abc', 'EU12', 'USD12 EUR']) {
      expect(parseMoney(text, 'EUR')).toMatchObject({ ok: false });
    }
    expect(parseMoney('abc12', 'EUR')).toMatchObject({ error: expect.stringMatching(/"ABC"|"abc"/) });
    expect(parseMoney('$12', 'EUR')).toMatchObject({ ok: false, error: expect.stringMatching(/€ or EUR/) });
    expect(parseMoney('12 USD', 'EUR')).toMatchObject({ ok: false });
  });

  it.each([
    ['€12', 'EUR', 1200],
    ['12 €', 'EUR', 1200],
    ['12 eur', 'EUR', 1200],
    ['EUR 1.250,50', 'EUR', 125_050],
    ['US$1,250.50', 'USD', 125_050],
    ['1 250,50 zł', 'PLN', 125_050],
    ['PLN 1 250,50', 'PLN', 125_050],
    ['¥1,500', 'JPY', 1500],
    ['1.500 ¥', 'JPY', 1500],
    ["CHF 1'250.50", 'CHF', 125_050],
    ['1 250,50 kr', 'SEK', 125_050],
    ['£1,250.50', 'GBP', 125_050],
    ['-€12.50', 'EUR', -1250],
  ])('accepts "%s" for %s with its own symbol or code and its locale separators', (text, currency, minor) => {
    expect(parseMoney(text, currency)).toEqual({ ok: true, amountMinor: minor });
  });

  it('keeps the sign of a negative amount', () => {
    expect(parseMoney('-12.50', 'USD')).toEqual({ ok: true, amountMinor: -1250 });
  });
});

describe('money display', () => {
  it('formats minor units in the currency and locale', () => {
    expect(formatMoney({ amountMinor: 123_456, currency: 'USD' }, 'en-US')).toBe('$1,234.56');
    expect(formatMoney({ amountMinor: 123_456, currency: 'EUR' }, 'de-DE')).toMatch(/^1\.234,56\s€$/u);
    expect(formatMoney({ amountMinor: 1500, currency: 'JPY' }, 'en-US')).toBe('¥1,500');
  });

  it('writes amounts back into an input exactly', () => {
    expect(formatMinorForInput(125_005, 'USD')).toBe('1250.05');
    expect(formatMinorForInput(5, 'USD')).toBe('0.05');
    expect(formatMinorForInput(1500, 'JPY')).toBe('1500');
    expect(formatMinorForInput(1234, 'BHD')).toBe('1.234');
    expect(currencyFractionDigits('BHD')).toBe(3);
  });
});
