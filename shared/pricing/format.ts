import { formatMoney } from '../money/money';
import { hoursFromHundredths } from './costLines';

/** Display helpers shared by the comparison table, the verdict and the printed summary. */

export function formatAmount(amountMinor: number, currency: string, locale?: string): string {
  return formatMoney({ amountMinor, currency }, locale);
}

/** A count of units: whole numbers as they are, fractions to two places ("3.33"). */
export function formatUnits(units: number, locale?: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(units);
}

/** A ratio as a percentage to one place: 0.25 → "25%", 1/3 → "33.3%". */
export function formatRatio(ratio: number, locale?: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(ratio);
}

/** "1 month", "2.5 months". */
export function formatMonths(months: number, locale?: string): string {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(months);
  return `${number} ${months === 1 ? 'month' : 'months'}`;
}

/** Hundredths of an hour for reading: 150 → "1.5 h". */
export function formatHours(hoursHundredths: number, locale?: string): string {
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(hoursFromHundredths(hoursHundredths))} h`;
}
