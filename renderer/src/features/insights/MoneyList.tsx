import { currenciesOf, type MoneyTotals } from '@shared/insights';
import { formatMoney } from '@shared/money/money';

/** Amounts per currency, home currency first, never added together: "$12,000.00 · €800.00". */
export function moneyText(totals: MoneyTotals, homeCurrency: string): string {
  const currencies = currenciesOf(totals, homeCurrency);
  if (currencies.length === 0) return formatMoney({ amountMinor: 0, currency: homeCurrency });
  return currencies
    .map((currency) => formatMoney({ amountMinor: totals[currency] ?? 0, currency }))
    .join(' · ');
}
