import { breakEvenByPrice, profitChartMaxUnits, profitSeries } from '@shared/pricing';
import { describe, expect, it } from 'vitest';
import { amountLine, scenario } from './scenarioFixture';

describe('profitChartMaxUnits', () => {
  it('reaches twice the largest break-even among the compared scenarios', () => {
    const tenUnits = scenario({ expectedUnitsPerMonth: null });
    const twentyUnits = scenario({ pricePerUnitMinor: 25_000, expectedUnitsPerMonth: null });
    expect(profitChartMaxUnits([tenUnits, twentyUnits])).toBe(40);
  });

  it('is never under 10 units, even when every sale is profit', () => {
    expect(profitChartMaxUnits([scenario({ fixedCosts: [], expectedUnitsPerMonth: null })])).toBe(10);
  });

  it('ignores a scenario that never breaks even but still shows its expected volume', () => {
    const never = scenario({ variableCosts: [amountLine('Materials', 60_000)], expectedUnitsPerMonth: 35 });
    expect(profitChartMaxUnits([never])).toBe(35);
  });
});

describe('profitSeries', () => {
  it('plots profit for every whole unit from 0, starting at minus the fixed costs', () => {
    const series = profitSeries(scenario(), 20);
    expect(series.points).toHaveLength(21);
    expect(series.points[0]).toEqual({ units: 0, profitMinor: -500_000 });
    expect(series.points[10]).toEqual({ units: 10, profitMinor: 0 });
    expect(series.points[20]).toEqual({ units: 20, profitMinor: 500_000 });
  });

  it('marks the exact break-even and the first whole sale that covers the costs', () => {
    const series = profitSeries(
      scenario({
        fixedCosts: [amountLine('Setup', 10_000)],
        variableCosts: [amountLine('Kit', 1_000)],
        pricePerUnitMinor: 4_000,
      }),
    );
    expect(series.breakEven?.units).toBeCloseTo(10 / 3, 10);
    expect(series.breakEven?.profitMinor).toBe(0);
    expect(series.firstCoveredSale).toEqual({ units: 4, profitMinor: 2_000 });
  });

  it('defaults its axis to twice the break-even', () => {
    expect(profitSeries(scenario({ expectedUnitsPerMonth: null })).points.at(-1)?.units).toBe(20);
  });

  it('keeps long axes to about a hundred evenly spaced points that end at the maximum', () => {
    const { points } = profitSeries(scenario(), 1_000_003);
    expect(points.length).toBeLessThanOrEqual(102);
    expect(points[0]?.units).toBe(0);
    expect(points.at(-1)?.units).toBe(1_000_003);
    const units = points.map((point) => point.units);
    expect(units).toEqual([...units].sort((a, b) => a - b));
  });

  it('has a falling line and no break-even marker when each sale loses money', () => {
    const series = profitSeries(scenario({ variableCosts: [amountLine('Materials', 60_000)] }), 10);
    expect(series.breakEven).toBeNull();
    expect(series.firstCoveredSale).toBeNull();
    expect(series.points[10]).toEqual({ units: 10, profitMinor: -600_000 });
  });
});

describe('breakEvenByPrice', () => {
  it('covers 50% to 200% of the current price in 5% steps, including the current price', () => {
    const series = breakEvenByPrice(scenario());
    expect(series.points).toHaveLength(31);
    expect(series.points[0]).toEqual({ priceMinor: 25_000, breakEvenUnits: 20, unitsToBreakEven: 20 });
    expect(series.points.at(-1)).toEqual({ priceMinor: 100_000, breakEvenUnits: 5, unitsToBreakEven: 5 });
    expect(series.current).toEqual({ priceMinor: 50_000, breakEvenUnits: 10, unitsToBreakEven: 10 });
    expect(series.points).toContainEqual(series.current);
  });

  it('has no break-even at prices at or below the variable cost', () => {
    const series = breakEvenByPrice(scenario({ variableCosts: [amountLine('Materials', 40_000)] }));
    const atOrBelow = series.points.filter((point) => point.priceMinor <= 40_000);
    expect(atOrBelow.length).toBeGreaterThan(0);
    expect(atOrBelow.every((point) => point.breakEvenUnits === null)).toBe(true);
    expect(series.lowestPriceThatBreaksEvenMinor).toBe(40_001);
  });

  it('uses whole minor units and drops repeated prices at tiny amounts', () => {
    const series = breakEvenByPrice(scenario({ pricePerUnitMinor: 3, fixedCosts: [] }));
    expect(series.points.map((point) => point.priceMinor)).toEqual([2, 3, 4, 5, 6]);
  });

  it('centres the range on the lowest price that breaks even when the price is 0', () => {
    const series = breakEvenByPrice(
      scenario({ pricePerUnitMinor: 0, variableCosts: [amountLine('Kit', 999)] }),
      {
        fromPercent: 100,
        toPercent: 200,
        stepPercent: 100,
      },
    );
    expect(series.points.map((point) => point.priceMinor)).toEqual([1_000, 2_000]);
    expect(series.current.breakEvenUnits).toBeNull();
  });

  it('refuses a range it cannot step through', () => {
    expect(() => breakEvenByPrice(scenario(), { fromPercent: 50, toPercent: 200, stepPercent: 0 })).toThrow(
      RangeError,
    );
    expect(() => breakEvenByPrice(scenario(), { fromPercent: 200, toPercent: 50, stepPercent: 5 })).toThrow(
      RangeError,
    );
  });
});
