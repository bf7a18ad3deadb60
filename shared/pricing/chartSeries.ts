import { breakEvenExact } from './breakEven';
import { costLinesTotalExact } from './costLines';
import { roundHalfUpDiv } from './exactMath';
import type { PricingInputs } from './model';

/**
 * Data for the two charts, without chart.js. Values are computed exactly in BigInt and handed
 * over as Numbers: past 2^53 minor units they round, which no chart could show anyway.
 */

interface ProfitPoint {
  units: number;
  /** Total profit after this many sales: units × unit margin − fixed costs, in minor units. */
  profitMinor: number;
}

export interface ProfitSeries {
  /** From 0 units to maxUnits, in whole units, ordered by units. */
  points: ProfitPoint[];
  /** Where the line crosses zero: the exact break-even volume; null when it never does. */
  breakEven: ProfitPoint | null;
  /** The first whole number of sales at which the fixed costs are covered. */
  firstCoveredSale: ProfitPoint | null;
}

/** More points than this add nothing to a straight line but weight. */
const maxPointsPerSeries = 100;
const minChartUnits = 10;

function totals(inputs: PricingInputs) {
  const fixed = costLinesTotalExact(inputs.fixedCosts);
  const variable = costLinesTotalExact(inputs.variableCosts);
  return { fixed, variable, margin: BigInt(inputs.pricePerUnitMinor) - variable };
}

/**
 * How far the profit chart's units axis should reach so every compared scenario's break-even
 * sits well inside it: twice the largest whole break-even, at least the largest expected
 * monthly volume, and never under 10.
 */
export function profitChartMaxUnits(scenarios: readonly PricingInputs[]): number {
  let largest = BigInt(minChartUnits);
  for (const inputs of scenarios) {
    const { fixed, variable } = totals(inputs);
    const units = breakEvenExact(fixed, variable, BigInt(inputs.pricePerUnitMinor)).unitsToBreakEven;
    if (units !== null && units * 2n > largest) largest = units * 2n;
    const expected = inputs.expectedUnitsPerMonth;
    if (expected !== null && BigInt(expected) > largest) largest = BigInt(expected);
  }
  return Number(largest > BigInt(Number.MAX_SAFE_INTEGER) ? BigInt(Number.MAX_SAFE_INTEGER) : largest);
}

/** Whole units from 0 to maxUnits: every unit for short axes, evenly spaced for long ones. */
function unitSteps(maxUnits: number): number[] {
  const step = Math.max(1, Math.ceil(maxUnits / maxPointsPerSeries));
  const steps: number[] = [];
  for (let units = 0; units < maxUnits; units += step) steps.push(units);
  steps.push(maxUnits);
  return steps;
}

/** Profit against units sold for one scenario, with its break-even marked. */
export function profitSeries(
  inputs: PricingInputs,
  maxUnits: number = profitChartMaxUnits([inputs]),
): ProfitSeries {
  if (!Number.isSafeInteger(maxUnits) || maxUnits < 1) {
    throw new RangeError(`The chart needs at least 1 unit on its axis, not ${maxUnits}.`);
  }
  const { fixed, variable, margin } = totals(inputs);
  const profitAt = (units: bigint) => Number(units * margin - fixed);
  const breakEven = breakEvenExact(fixed, variable, BigInt(inputs.pricePerUnitMinor));
  const points = unitSteps(maxUnits).map((units) => ({ units, profitMinor: profitAt(BigInt(units)) }));
  if (breakEven.unitsToBreakEven === null || breakEven.breakEvenUnits === null) {
    return { points, breakEven: null, firstCoveredSale: null };
  }
  return {
    points,
    breakEven: { units: breakEven.breakEvenUnits, profitMinor: 0 },
    firstCoveredSale: {
      units: Number(breakEven.unitsToBreakEven),
      profitMinor: profitAt(breakEven.unitsToBreakEven),
    },
  };
}

export interface PriceRange {
  /** Percentages of the current price, in whole percent. */
  fromPercent: number;
  toPercent: number;
  stepPercent: number;
}

export const defaultPriceRange: PriceRange = { fromPercent: 50, toPercent: 200, stepPercent: 5 };

interface BreakEvenAtPrice {
  priceMinor: number;
  /** Exact break-even volume at this price; null where it never breaks even. */
  breakEvenUnits: number | null;
  unitsToBreakEven: number | null;
}

export interface BreakEvenByPriceSeries {
  /** Ordered by price, one point per distinct whole-minor-unit price. */
  points: BreakEvenAtPrice[];
  current: BreakEvenAtPrice;
  /** Below or at this price there is no break-even: the curve rises without bound towards it. */
  lowestPriceThatBreaksEvenMinor: number;
}

/**
 * Break-even volume against price, over a range around the current price (50 % to 200 % in
 * 5 % steps by default). With a price of 0 the range is taken around the lowest price that
 * breaks even, so the chart still shows a curve.
 */
export function breakEvenByPrice(
  inputs: PricingInputs,
  range: PriceRange = defaultPriceRange,
): BreakEvenByPriceSeries {
  const { fromPercent, toPercent, stepPercent } = range;
  if (
    ![fromPercent, toPercent, stepPercent].every(Number.isSafeInteger) ||
    fromPercent < 0 ||
    toPercent < fromPercent ||
    stepPercent < 1
  ) {
    throw new RangeError(
      'The price range needs whole percentages from 0 up, low to high, in steps of at least 1.',
    );
  }
  const { fixed, variable } = totals(inputs);
  const at = (price: bigint): BreakEvenAtPrice => {
    const result = breakEvenExact(fixed, variable, price);
    return {
      priceMinor: Number(price),
      breakEvenUnits: result.breakEvenUnits,
      unitsToBreakEven: result.unitsToBreakEven === null ? null : Number(result.unitsToBreakEven),
    };
  };
  const lowest = variable + 1n;
  const price = BigInt(inputs.pricePerUnitMinor);
  const centre = price > 0n ? price : lowest;
  const points: BreakEvenAtPrice[] = [];
  for (let percent = fromPercent; percent <= toPercent; percent += stepPercent) {
    const pointPrice = roundHalfUpDiv(centre * BigInt(percent), 100n);
    if (points.at(-1)?.priceMinor !== Number(pointPrice)) points.push(at(pointPrice));
  }
  return { points, current: at(price), lowestPriceThatBreaksEvenMinor: Number(lowest) };
}
