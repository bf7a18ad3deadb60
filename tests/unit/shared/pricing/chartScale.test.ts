import {
  breakEvenByPrice,
  breakEvenChartPriceRange,
  breakEvenChartUnitsMax,
  defaultPriceRange,
} from '@shared/pricing';
import { describe, expect, it } from 'vitest';
import { amountLine, scenario } from './scenarioFixture';

/** Fixed 2,000.00, materials 25.00 a unit, sold at 150.00: breaks even after 16 sales. */
const workshop = scenario({
  fixedCosts: [amountLine('Venue', 200_000)],
  variableCosts: [amountLine('Materials', 2_500)],
  pricePerUnitMinor: 15_000,
});

describe('breakEvenChartPriceRange', () => {
  it('is the usual range around a price that covers the variable cost', () => {
    expect(breakEvenChartPriceRange(workshop)).toEqual(defaultPriceRange);
  });

  it('is the usual range for a price of 0, which the series centres on the lowest price', () => {
    expect(breakEvenChartPriceRange({ ...workshop, pricePerUnitMinor: 0 })).toEqual(defaultPriceRange);
  });

  it('reaches past the lowest price that breaks even when the price is below the variable cost', () => {
    const underwater = {
      ...workshop,
      variableCosts: [amountLine('Materials', 15_000)],
      pricePerUnitMinor: 10_000,
    };
    const range = breakEvenChartPriceRange(underwater);
    expect(range.fromPercent).toBe(50);
    expect(range.toPercent).toBe(376);
    const series = breakEvenByPrice(underwater, range);
    expect(series.points.length).toBeLessThanOrEqual(32);
    expect(series.points.at(-1)?.priceMinor).toBeGreaterThan(2 * series.lowestPriceThatBreaksEvenMinor);
    expect(series.points.some((point) => point.breakEvenUnits !== null)).toBe(true);
  });
});

describe('breakEvenChartUnitsMax', () => {
  it('stops where the whole curve fits, rounded up, when that is low enough', () => {
    // 40 sales at half the price is the top of the curve; 4 × 16 would be 64.
    expect(breakEvenChartUnitsMax(breakEvenByPrice(workshop))).toBe(50);
  });

  it('stops at four times the break-even at the current price when the curve goes higher', () => {
    const series = breakEvenByPrice({ ...workshop, variableCosts: [amountLine('Materials', 5_000)] });
    expect(series.current.breakEvenUnits).toBe(20);
    expect(breakEvenChartUnitsMax(series)).toBe(100);
  });

  it('keeps the steep end near the variable cost from flattening the curve', () => {
    const series = breakEvenByPrice({ ...workshop, variableCosts: [amountLine('Materials', 7_499)] });
    const steepest = Math.max(...series.points.map((point) => point.breakEvenUnits ?? 0));
    const max = breakEvenChartUnitsMax(series);
    expect(steepest).toBeGreaterThan(100 * max);
    expect(max).toBeGreaterThanOrEqual(series.current.breakEvenUnits ?? 0);
  });

  it('goes by the highest price in range when the current price never breaks even', () => {
    const underwater = {
      ...workshop,
      variableCosts: [amountLine('Materials', 15_000)],
      pricePerUnitMinor: 10_000,
    };
    const series = breakEvenByPrice(underwater, breakEvenChartPriceRange(underwater));
    const best = Math.min(
      ...series.points.flatMap((point) => (point.breakEvenUnits === null ? [] : [point.breakEvenUnits])),
    );
    expect(breakEvenChartUnitsMax(series)).toBeGreaterThanOrEqual(4 * best);
  });

  it('is 10 when every sale is profit from the first', () => {
    expect(breakEvenChartUnitsMax(breakEvenByPrice({ ...workshop, fixedCosts: [] }))).toBe(10);
  });
});
