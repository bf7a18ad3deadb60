import { currencyFractionDigits } from '../money/money';

/** Rough units per US dollar: enough to make a price look right in each currency. */
const unitsPerUsd: Record<string, number> = {
  USD: 1,
  EUR: 0.92,
  GBP: 0.79,
  CAD: 1.36,
  AUD: 1.52,
  NZD: 1.65,
  CHF: 0.88,
  SEK: 10.5,
  NOK: 10.7,
  DKK: 6.9,
  PLN: 4,
  CZK: 23,
  JPY: 150,
  BRL: 5,
  MXN: 17.5,
  INR: 83,
  ZAR: 18.5,
};

/**
 * A price as a person would quote it ("4,800", not "4,837.12"), converted from US dollars, in
 * integer minor units of `currency`. Unknown currencies keep the dollar figure.
 */
export function quotedAmountMinor(priceUsd: number, currency: string): number {
  const major = roundToQuotedPrice(priceUsd * (unitsPerUsd[currency] ?? 1));
  return Math.round(major * 10 ** currencyFractionDigits(currency));
}

function roundToQuotedPrice(major: number): number {
  if (major < 100) return Math.max(5, Math.round(major / 5) * 5);
  const step = 10 ** (Math.floor(Math.log10(major)) - 1);
  return Math.round(major / step) * step;
}
