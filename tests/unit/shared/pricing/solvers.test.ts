import { breakEven, maxFixedCostsCoveredBy, priceToBreakEvenWithin, solveForUnits } from '@shared/pricing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('priceToBreakEvenWithin', () => {
  it('finds the price at which 10 sales cover 5,000.00 of fixed costs', () => {
    expect(priceToBreakEvenWithin(500_000, 0, 10)).toBe(50_000);
    expect(priceToBreakEvenWithin(500_000, 10_000, 10)).toBe(60_000);
  });

  it('rounds the price up to the next minor unit, so the sales really cover the costs', () => {
    // 100.00 over 3 sales is 33.333… each: 33.33 would leave 0.01 uncovered.
    expect(priceToBreakEvenWithin(10_000, 0, 3)).toBe(3_334);
  });

  it('asks for a minor unit above the variable cost when there are no fixed costs', () => {
    expect(priceToBreakEvenWithin(0, 2_500, 5)).toBe(2_501);
  });

  it('refuses fewer than one unit', () => {
    expect(() => priceToBreakEvenWithin(500_000, 0, 0)).toThrow(RangeError);
    expect(() => priceToBreakEvenWithin(500_000, 0, 1.5)).toThrow(RangeError);
  });

  it('refuses a price too large to hold exactly', () => {
    expect(() => priceToBreakEvenWithin(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, 1)).toThrow(
      /too large/,
    );
  });

  it('gives the lowest price that breaks even within the units, and one minor unit less does not', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 13 }),
        fc.integer({ min: 0, max: 10 ** 9 }),
        fc.integer({ min: 1, max: 10 ** 6 }),
        (fixedCosts, variableCostPerUnit, units) => {
          const price = priceToBreakEvenWithin(fixedCosts, variableCostPerUnit, units);
          const atPrice = breakEven({
            fixedCosts,
            variableCostPerUnit,
            pricePerUnit: price,
          }).unitsToBreakEven;
          expect(atPrice).not.toBeNull();
          expect(atPrice as number).toBeLessThanOrEqual(units);
          const below = breakEven({
            fixedCosts,
            variableCostPerUnit,
            pricePerUnit: price - 1,
          }).unitsToBreakEven;
          expect(below === null || below > units).toBe(true);
        },
      ),
    );
  });
});

describe('maxFixedCostsCoveredBy', () => {
  it('is the units times the unit margin', () => {
    expect(maxFixedCostsCoveredBy(10, 60_000, 10_000)).toBe(500_000);
  });

  it('covers nothing when the price does not exceed the variable cost', () => {
    expect(maxFixedCostsCoveredBy(10, 10_000, 10_000)).toBe(0);
    expect(maxFixedCostsCoveredBy(10, 9_000, 10_000)).toBe(0);
  });

  it('covers nothing with no sales', () => {
    expect(maxFixedCostsCoveredBy(0, 60_000, 10_000)).toBe(0);
  });

  it('covers exactly what breakEven needs for that many units', () => {
    const covered = maxFixedCostsCoveredBy(7, 4_000, 1_000);
    expect(
      breakEven({ fixedCosts: covered, variableCostPerUnit: 1_000, pricePerUnit: 4_000 }).unitsToBreakEven,
    ).toBe(7);
    expect(
      breakEven({ fixedCosts: covered + 1, variableCostPerUnit: 1_000, pricePerUnit: 4_000 })
        .unitsToBreakEven,
    ).toBe(8);
  });

  it('refuses an amount too large to hold exactly', () => {
    expect(() => maxFixedCostsCoveredBy(3, Number.MAX_SAFE_INTEGER, 0)).toThrow(/too large/);
  });
});

describe('solveForUnits', () => {
  const totals = { fixedCostsMinor: 500_000, variableCostPerUnitMinor: 10_000, pricePerUnitMinor: 60_000 };

  it('answers both questions for the units typed', () => {
    expect(solveForUnits(totals, '8')).toEqual({
      ok: true,
      units: 8,
      priceToBreakEvenMinor: 72_500,
      maxFixedCostsCoveredMinor: 400_000,
    });
  });

  it('says in words what is wrong with the units typed', () => {
    expect(solveForUnits(totals, '')).toEqual({ ok: false, error: 'Enter a number of units.' });
    expect(solveForUnits(totals, '0')).toEqual({ ok: false, error: 'Enter at least 1 unit.' });
    expect(solveForUnits(totals, '2.5')).toEqual({
      ok: false,
      error: 'Enter a whole number of units, like 4.',
    });
    expect(solveForUnits(totals, '-3')).toEqual({
      ok: false,
      error: 'The number of units cannot be negative.',
    });
  });

  it('says when the answer is too large rather than showing a rounded one', () => {
    expect(solveForUnits(totals, '9007199254740991')).toEqual({
      ok: false,
      error: 'The answer is too large to calculate exactly.',
    });
  });
});
