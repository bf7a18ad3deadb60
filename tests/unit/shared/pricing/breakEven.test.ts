import { breakEven } from '@shared/pricing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('breakEven', () => {
  it('covers 5,000.00 of fixed costs at 500.00 a unit in exactly 10 units, not 11', () => {
    expect(breakEven({ fixedCosts: 500_000, variableCostPerUnit: 0, pricePerUnit: 50_000 })).toEqual({
      unitMargin: 50_000,
      breakEvenUnits: 10,
      unitsToBreakEven: 10,
      neverBreaksEven: false,
    });
  });

  it('stays exact where decimal fractions would drift in floating point (0.3 ÷ 0.1)', () => {
    // 0.3 / 0.1 is 2.9999999999999996 in floating point; in cents it is 30 / 10.
    const result = breakEven({ fixedCosts: 30, variableCostPerUnit: 20, pricePerUnit: 30 });
    expect(result.unitsToBreakEven).toBe(3);
    expect(result.breakEvenUnits).toBe(3);
  });

  it('gives the fractional volume and the whole number of units after which it is covered', () => {
    const result = breakEven({ fixedCosts: 10_000, variableCostPerUnit: 1_000, pricePerUnit: 4_000 });
    expect(result.unitMargin).toBe(3_000);
    expect(result.breakEvenUnits).toBeCloseTo(3.3333, 4);
    expect(result.unitsToBreakEven).toBe(4);
  });

  it('subtracts the variable cost from the price', () => {
    const result = breakEven({ fixedCosts: 120_000, variableCostPerUnit: 4_500, pricePerUnit: 16_500 });
    expect(result.unitMargin).toBe(12_000);
    expect(result.unitsToBreakEven).toBe(10);
  });

  it('never breaks even when the price equals the variable cost', () => {
    expect(breakEven({ fixedCosts: 100_000, variableCostPerUnit: 2_500, pricePerUnit: 2_500 })).toEqual({
      unitMargin: 0,
      breakEvenUnits: null,
      unitsToBreakEven: null,
      neverBreaksEven: true,
    });
  });

  it('never breaks even when the price is below the variable cost, and reports the negative margin', () => {
    const result = breakEven({ fixedCosts: 100_000, variableCostPerUnit: 3_000, pricePerUnit: 2_500 });
    expect(result.unitMargin).toBe(-500);
    expect(result.breakEvenUnits).toBeNull();
    expect(result.unitsToBreakEven).toBeNull();
  });

  it('is in profit from the first sale when there are no fixed costs', () => {
    const result = breakEven({ fixedCosts: 0, variableCostPerUnit: 1_000, pricePerUnit: 1_500 });
    expect(result.breakEvenUnits).toBe(0);
    expect(result.unitsToBreakEven).toBe(0);
  });

  it('does not call selling at cost "breaking even", even with no fixed costs', () => {
    const result = breakEven({ fixedCosts: 0, variableCostPerUnit: 1_000, pricePerUnit: 1_000 });
    expect(result.unitsToBreakEven).toBeNull();
  });

  it('needs one unit per minor unit of fixed costs at a margin of one minor unit, up to the largest amounts', () => {
    const max = Number.MAX_SAFE_INTEGER;
    const result = breakEven({ fixedCosts: max, variableCostPerUnit: max - 1, pricePerUnit: max });
    expect(result.unitMargin).toBe(1);
    expect(result.unitsToBreakEven).toBe(max);
  });

  it('rounds up to whole units at the top of the safe integer range', () => {
    // 2^53 − 1 = 3 × 3,002,399,751,580,330 + 1: one minor unit more than a multiple of 3.
    const result = breakEven({
      fixedCosts: Number.MAX_SAFE_INTEGER,
      variableCostPerUnit: 0,
      pricePerUnit: 3,
    });
    expect(result.unitsToBreakEven).toBe(3_002_399_751_580_331);
    const exactMultiple = breakEven({
      fixedCosts: Number.MAX_SAFE_INTEGER - 1,
      variableCostPerUnit: 0,
      pricePerUnit: 3,
    });
    expect(exactMultiple.unitsToBreakEven).toBe(3_002_399_751_580_330);
  });

  it('refuses amounts that are not whole minor units', () => {
    expect(() => breakEven({ fixedCosts: 10.5, variableCostPerUnit: 0, pricePerUnit: 100 })).toThrow(
      RangeError,
    );
    expect(() => breakEven({ fixedCosts: 2 ** 60, variableCostPerUnit: 0, pricePerUnit: 100 })).toThrow(
      RangeError,
    );
  });

  it('always returns the smallest whole number of units whose margin covers the fixed costs', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: 0, max: 10 ** 12 }),
        fc.integer({ min: 1, max: 10 ** 12 }),
        (fixedCosts, variableCostPerUnit, margin) => {
          const { unitsToBreakEven } = breakEven({
            fixedCosts,
            variableCostPerUnit,
            pricePerUnit: variableCostPerUnit + margin,
          });
          const units = BigInt(unitsToBreakEven ?? -1);
          expect(units * BigInt(margin) >= BigInt(fixedCosts)).toBe(true);
          if (units > 0n) expect((units - 1n) * BigInt(margin) < BigInt(fixedCosts)).toBe(true);
        },
      ),
    );
  });
});
