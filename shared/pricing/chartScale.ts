import { type BreakEvenByPriceSeries, defaultPriceRange, type PriceRange } from './chartSeries';
import { costLinesTotalExact } from './costLines';
import type { PricingInputs } from './model';

/** About this many points on the break-even-by-price curve, however wide its range. */
const targetPricePoints = 30;

/**
 * The range of prices to plot break-even against. Around the current price as usual; but when
 * the price does not cover the variable cost, the usual range can lie wholly where it never
 * breaks even, so it is stretched to two and a half times the lowest price that does.
 */
export function breakEvenChartPriceRange(inputs: PricingInputs): PriceRange {
  const price = BigInt(inputs.pricePerUnitMinor);
  const lowest = costLinesTotalExact(inputs.variableCosts) + 1n;
  if (price === 0n || price >= lowest) return defaultPriceRange;
  const toPercent = Number((lowest * 250n + price - 1n) / price);
  // A price of a few cents against costs of millions: no range in whole percent fits both.
  if (!Number.isSafeInteger(toPercent)) return defaultPriceRange;
  const fromPercent = defaultPriceRange.fromPercent;
  const stepPercent = Math.max(
    defaultPriceRange.stepPercent,
    Math.ceil((toPercent - fromPercent) / targetPricePoints),
  );
  return { fromPercent, toPercent, stepPercent };
}

/** The next "round" number at or above a value: 1, 2, 2.5 or 5 times a power of ten. */
function roundUp(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((factor) => factor * power >= value) ?? 10;
  return step * power;
}

const minAxisUnits = 10;

/**
 * The top of the break-even-by-price chart's units axis. Near the variable cost the curve
 * shoots up towards infinity; an axis that reached that high would flatten the rest of the
 * curve to a line on the floor. So it stops at four times the break-even at the current price
 * (or, when that never breaks even, at the highest price in range), or lower where the whole
 * curve fits under that, rounded up.
 */
export function breakEvenChartUnitsMax(series: BreakEvenByPriceSeries): number {
  const finite = series.points
    .map((point) => point.breakEvenUnits)
    .filter((units): units is number => units !== null && units > 0);
  if (finite.length === 0) return minAxisUnits;
  const current = series.current.breakEvenUnits;
  const reference = current !== null && current > 0 ? current : Math.min(...finite);
  const top = Math.min(reference * 4, Math.max(...finite));
  return Math.max(minAxisUnits, roundUp(top));
}
