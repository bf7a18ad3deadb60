import type { BreakEvenByPriceSeries, ProfitSeries } from './chartSeries';
import { formatAmount, formatUnits } from './format';

/**
 * The charts in words: the canvas's text alternative, so what a chart shows can be read
 * without seeing it.
 */

function sales(count: number, locale?: string): string {
  return `${formatUnits(count, locale)} ${count === 1 ? 'sale' : 'sales'}`;
}

/** "Workshop: −$2,000.00 at 0 sales, $2,000.00 at 32 sales; breaks even at 16 sales." */
export function profitChartSummary(
  name: string,
  series: ProfitSeries,
  currency: string,
  locale?: string,
): string {
  const money = (minor: number) => formatAmount(minor, currency, locale);
  const first = series.points[0];
  const last = series.points.at(-1);
  const ends =
    first && last
      ? `${money(first.profitMinor)} at ${sales(first.units, locale)}, ${money(last.profitMinor)} at ${sales(last.units, locale)}`
      : 'no points';
  const { breakEven, firstCoveredSale } = series;
  let crossing = 'never breaks even';
  if (breakEven && firstCoveredSale) {
    crossing =
      breakEven.units === firstCoveredSale.units
        ? `breaks even at ${sales(breakEven.units, locale)}`
        : `breaks even at ${sales(breakEven.units, locale)}, in profit from sale ${formatUnits(firstCoveredSale.units, locale)}`;
  }
  return `${name}: ${ends}; ${crossing}.`;
}

/** What the break-even-by-price curve shows, with where the axis was cut off. */
export function breakEvenByPriceSummary(
  series: BreakEvenByPriceSeries,
  currency: string,
  unitsAxisMax: number,
  locale?: string,
): string {
  const money = (minor: number) => formatAmount(minor, currency, locale);
  const sentences: string[] = [];
  const { current } = series;
  sentences.push(
    current.unitsToBreakEven === null
      ? `At the current price of ${money(current.priceMinor)} it never breaks even.`
      : `At the current price of ${money(current.priceMinor)} the fixed costs are covered after ${sales(current.unitsToBreakEven, locale)}.`,
  );
  const finite = series.points.filter((point) => point.breakEvenUnits !== null);
  const first = finite[0];
  const last = finite.at(-1);
  if (first?.breakEvenUnits != null && last?.breakEvenUnits != null && first !== last) {
    sentences.push(
      `From ${money(first.priceMinor)} to ${money(last.priceMinor)} the break-even falls from ${sales(first.breakEvenUnits, locale)} to ${sales(last.breakEvenUnits, locale)}.`,
    );
  }
  if (finite.length < series.points.length) {
    sentences.push(
      `At or below the variable cost of ${money(series.lowestPriceThatBreaksEvenMinor - 1)} it never breaks even.`,
    );
  }
  if (finite.some((point) => (point.breakEvenUnits ?? 0) > unitsAxisMax)) {
    sentences.push(
      `The chart stops at ${sales(unitsAxisMax, locale)}; the curve goes higher near the variable cost.`,
    );
  }
  return sentences.join(' ');
}
