import type { Settings } from '../model/settings';
import { currencyFractionDigits, minorToMajor } from '../money/money';

/** What the "Total billed" sort needs from the settings. */
export type BilledSortSettings = Pick<Settings, 'homeCurrency' | 'exchangeRates'>;

/** A usable rate: how many units of the home currency one unit of `currency` is worth. */
function rateOf(currency: string, settings: BilledSortSettings): number | undefined {
  if (currency === settings.homeCurrency) return 1;
  const rate = settings.exchangeRates[currency];
  return rate !== undefined && Number.isFinite(rate) && rate > 0 ? rate : undefined;
}

/** True once the user has entered at least one exchange rate into the home currency. */
export function hasExchangeRates(settings: BilledSortSettings): boolean {
  return Object.keys(settings.exchangeRates).some(
    (currency) => currency !== settings.homeCurrency && rateOf(currency, settings) !== undefined,
  );
}

/**
 * The number the "Total billed" sort orders a client by, in minor units of the home currency:
 * every currency converted at the user's rates when each one the client was billed in has a rate,
 * otherwise the largest single-currency total (by its face value in major units), so a client
 * billed €90,000 and $1,000 never sorts as a $1,000 client.
 */
export function billedSortKey(
  billedByCurrency: Readonly<Record<string, number>>,
  settings: BilledSortSettings,
): number {
  const homeScale = 10 ** currencyFractionDigits(settings.homeCurrency);
  const entries = Object.entries(billedByCurrency).filter(([, amountMinor]) => amountMinor !== 0);
  if (entries.length === 0) return 0;
  const rates = entries.map(([currency]) => rateOf(currency, settings));
  if (rates.every((rate) => rate !== undefined)) {
    let total = 0;
    entries.forEach(([currency, amountMinor], index) => {
      total += minorToMajor(amountMinor, currency) * (rates[index] ?? 1);
    });
    return Math.round(total * homeScale);
  }
  let largest = Number.NEGATIVE_INFINITY;
  for (const [currency, amountMinor] of entries)
    largest = Math.max(largest, minorToMajor(amountMinor, currency));
  return Math.round(largest * homeScale);
}

/** Says which total the "Total billed" sort uses, for the sort's label. */
export function billedSortBasisText(settings: BilledSortSettings): string {
  return hasExchangeRates(settings) ? `in ${settings.homeCurrency} at your rates` : 'largest currency total';
}

const compactFormatters = new Map<string, Intl.NumberFormat>();

function compactFormatter(currency: string, compact: boolean, locale: string | undefined): Intl.NumberFormat {
  const key = `${locale ?? ''}|${currency}|${compact}`;
  let formatter = compactFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      notation: compact ? 'compact' : 'standard',
      minimumFractionDigits: 0,
      maximumFractionDigits: compact ? 1 : 0,
    });
    compactFormatters.set(key, formatter);
  }
  return formatter;
}

/**
 * Each currency's total, short enough to sit side by side in a narrow column ("€12.5K", "$1,000"):
 * whole units under 10,000, compact notation above. Home currency first, then largest first.
 */
export function compactBilledAmounts(
  billedByCurrency: Readonly<Record<string, number>>,
  homeCurrency: string,
  locale?: string,
): string[] {
  return billedAmounts(billedByCurrency, homeCurrency).map(({ amountMinor, currency }) => {
    const major = minorToMajor(amountMinor, currency);
    return compactFormatter(currency, Math.abs(major) >= 10_000, locale).format(major);
  });
}

/**
 * What a client was billed, one amount per currency: the home currency first, then the others
 * from the largest down. Empty when nothing has been billed.
 */
export function billedAmounts(
  billedByCurrency: Readonly<Record<string, number>>,
  homeCurrency: string,
): { amountMinor: number; currency: string }[] {
  return Object.entries(billedByCurrency)
    .filter(([, amountMinor]) => amountMinor !== 0)
    .map(([currency, amountMinor]) => ({ currency, amountMinor }))
    .sort((a, b) =>
      a.currency === homeCurrency ? -1 : b.currency === homeCurrency ? 1 : b.amountMinor - a.amountMinor,
    );
}
