import { pricingRangeErrors, scenarioFigures } from '@shared/pricing';
import { describe, expect, it } from 'vitest';
import { amountLine, labourLine, scenario } from './scenarioFixture';

describe('scenarioFigures', () => {
  it('shows every figure for a workshop that breaks even in a whole number of sales', () => {
    const figures = scenarioFigures(
      scenario({
        fixedCosts: [amountLine('Venue deposit', 200_000), labourLine('Preparation', 2_000, 15_000)],
        variableCosts: [amountLine('Handouts', 2_000), amountLine('Catering', 8_000)],
        pricePerUnitMinor: 60_000,
        expectedUnitsPerMonth: 4,
      }),
    );
    expect(figures).toEqual({
      currency: 'EUR',
      fixedCostsMinor: 500_000,
      variableCostPerUnitMinor: 10_000,
      pricePerUnitMinor: 60_000,
      unitMarginMinor: 50_000,
      marginRatio: 50_000 / 60_000,
      neverBreaksEven: false,
      breakEvenUnits: 10,
      unitsToBreakEven: 10,
      revenueAtBreakEvenMinor: 600_000,
      lowestPriceThatBreaksEvenMinor: 10_001,
      expectedUnitsPerMonth: 4,
      revenueAtExpectedVolumeMinor: 240_000,
      marginAtExpectedVolumeMinor: 200_000,
      profitAtExpectedVolumeMinor: -300_000,
      profitMarginAtExpectedVolume: -1.25,
      monthsToBreakEven: 2.5,
      wholeMonthsToBreakEven: 3,
      priceToBreakEvenInFirstMonthMinor: 135_000,
    });
  });

  it('counts the revenue at break-even at the whole number of sales, not the fraction', () => {
    const figures = scenarioFigures(
      scenario({
        fixedCosts: [amountLine('Setup', 10_000)],
        variableCosts: [amountLine('Kit', 1_000)],
        pricePerUnitMinor: 4_000,
      }),
    );
    expect(figures.breakEvenUnits).toBeCloseTo(10 / 3, 10);
    expect(figures.unitsToBreakEven).toBe(4);
    expect(figures.revenueAtBreakEvenMinor).toBe(16_000);
  });

  it('shows a positive profit and margin when the expected volume more than covers the fixed costs', () => {
    const figures = scenarioFigures(scenario({ expectedUnitsPerMonth: 20 }));
    expect(figures.profitAtExpectedVolumeMinor).toBe(500_000);
    expect(figures.profitMarginAtExpectedVolume).toBe(0.5);
    expect(figures.monthsToBreakEven).toBe(0.5);
    expect(figures.wholeMonthsToBreakEven).toBe(1);
  });

  it('leaves the volume figures empty when no volume is expected', () => {
    const figures = scenarioFigures(scenario({ expectedUnitsPerMonth: null }));
    expect(figures.unitsToBreakEven).toBe(10);
    expect(figures.profitAtExpectedVolumeMinor).toBeNull();
    expect(figures.profitMarginAtExpectedVolume).toBeNull();
    expect(figures.monthsToBreakEven).toBeNull();
    expect(figures.priceToBreakEvenInFirstMonthMinor).toBeNull();
  });

  it('never reaches break-even at zero sales a month', () => {
    const figures = scenarioFigures(scenario({ expectedUnitsPerMonth: 0 }));
    expect(figures.monthsToBreakEven).toBeNull();
    expect(figures.profitAtExpectedVolumeMinor).toBe(-500_000);
    expect(figures.profitMarginAtExpectedVolume).toBeNull();
  });

  it('is in profit from the first sale, in month 0, with no fixed costs', () => {
    const figures = scenarioFigures(scenario({ fixedCosts: [], expectedUnitsPerMonth: 3 }));
    expect(figures.unitsToBreakEven).toBe(0);
    expect(figures.revenueAtBreakEvenMinor).toBe(0);
    expect(figures.monthsToBreakEven).toBe(0);
    expect(figures.profitAtExpectedVolumeMinor).toBe(150_000);
  });

  it('says it never breaks even at a price equal to the variable cost, and the lowest price that would', () => {
    const figures = scenarioFigures(scenario({ variableCosts: [amountLine('Materials', 50_000)] }));
    expect(figures.neverBreaksEven).toBe(true);
    expect(figures.unitMarginMinor).toBe(0);
    expect(figures.marginRatio).toBe(0);
    expect(figures.breakEvenUnits).toBeNull();
    expect(figures.revenueAtBreakEvenMinor).toBeNull();
    expect(figures.monthsToBreakEven).toBeNull();
    expect(figures.lowestPriceThatBreaksEvenMinor).toBe(50_001);
    expect(figures.priceToBreakEvenInFirstMonthMinor).toBe(50_000 + 125_000);
  });

  it('shows a negative margin when the price is below the variable cost', () => {
    const figures = scenarioFigures(scenario({ variableCosts: [amountLine('Materials', 60_000)] }));
    expect(figures.neverBreaksEven).toBe(true);
    expect(figures.unitMarginMinor).toBe(-10_000);
    expect(figures.marginRatio).toBe(-0.2);
  });

  it('has no margin percentage at a price of 0', () => {
    const figures = scenarioFigures(scenario({ pricePerUnitMinor: 0 }));
    expect(figures.marginRatio).toBeNull();
    expect(figures.neverBreaksEven).toBe(true);
  });

  it('keeps revenue and profit exact near the top of the safe integer range', () => {
    const big = 4_000_000_000_000_001;
    const figures = scenarioFigures(
      scenario({ fixedCosts: [amountLine('Plant', big)], pricePerUnitMinor: big, expectedUnitsPerMonth: 2 }),
    );
    expect(figures.revenueAtExpectedVolumeMinor).toBe(8_000_000_000_000_002);
    expect(figures.profitAtExpectedVolumeMinor).toBe(big);
    expect(figures.revenueAtBreakEvenMinor).toBe(big);
  });

  it('refuses figures too large to hold exactly rather than rounding them', () => {
    const inputs = scenario({ pricePerUnitMinor: 2 ** 52, expectedUnitsPerMonth: 4 });
    expect(() => scenarioFigures(inputs)).toThrow(RangeError);
    expect(pricingRangeErrors(inputs)).toEqual({
      expectedUnitsPerMonth: 'At this many units a month, the figures are too large to calculate exactly.',
    });
  });

  it('points to the price when the revenue at break-even is too large', () => {
    const inputs = scenario({
      fixedCosts: [amountLine('Plant', 2 ** 40)],
      variableCosts: [amountLine('Parts', 2 ** 50 - 1)],
      pricePerUnitMinor: 2 ** 50,
      expectedUnitsPerMonth: null,
    });
    expect(pricingRangeErrors(inputs)).toEqual({
      pricePerUnit:
        'At this price and margin, the revenue needed to break even is too large to calculate exactly.',
    });
  });

  it('finds nothing out of range for an ordinary scenario', () => {
    expect(pricingRangeErrors(scenario())).toEqual({});
  });
});
