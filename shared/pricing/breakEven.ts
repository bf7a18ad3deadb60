import { ceilDiv, ratio, requireSafeInteger, toSafeNumber } from './exactMath';

/** Integers in minor units of one currency. */
export interface BreakEvenInput {
  fixedCosts: number;
  variableCostPerUnit: number;
  pricePerUnit: number;
}

export interface BreakEvenResult {
  /** What one sale leaves after its variable cost: price − variable cost per unit. */
  unitMargin: number;
  /** fixed costs ÷ unit margin, exact (3.333… for 10,000 ÷ 3,000); null when it never breaks even. */
  breakEvenUnits: number | null;
  /**
   * The smallest whole number of units whose total margin covers the fixed costs (4 for
   * 10,000 ÷ 3,000; exactly 10 for 5,000.00 ÷ 500.00). 0 when there are no fixed costs: the
   * first sale is already profit. Null when it never breaks even.
   */
  unitsToBreakEven: number | null;
  /** True when the price does not exceed the variable cost, so no volume covers the costs. */
  neverBreaksEven: boolean;
}

export interface BreakEvenExact {
  unitMargin: bigint;
  breakEvenUnits: number | null;
  unitsToBreakEven: bigint | null;
}

/** The break-even arithmetic in BigInt, for callers that go on to multiply the results. */
export function breakEvenExact(
  fixedCosts: bigint,
  variableCostPerUnit: bigint,
  pricePerUnit: bigint,
): BreakEvenExact {
  const unitMargin = pricePerUnit - variableCostPerUnit;
  // A margin of zero or less never covers anything, even when there is nothing to cover:
  // selling at cost is not "in profit".
  if (unitMargin <= 0n) return { unitMargin, breakEvenUnits: null, unitsToBreakEven: null };
  if (fixedCosts <= 0n) return { unitMargin, breakEvenUnits: 0, unitsToBreakEven: 0n };
  return {
    unitMargin,
    breakEvenUnits: ratio(fixedCosts, unitMargin),
    unitsToBreakEven: ceilDiv(fixedCosts, unitMargin),
  };
}

/**
 * How many sales cover the fixed costs. All amounts are integers in minor units, so the whole
 * number of units is exact: 500,000 ÷ 50,000 is 10, never 11 from a rounding slip.
 * Throws a RangeError for amounts that are not safe integers.
 */
export function breakEven({
  fixedCosts,
  variableCostPerUnit,
  pricePerUnit,
}: BreakEvenInput): BreakEvenResult {
  const exact = breakEvenExact(
    requireSafeInteger(fixedCosts, 'The fixed costs'),
    requireSafeInteger(variableCostPerUnit, 'The variable cost per unit'),
    requireSafeInteger(pricePerUnit, 'The price per unit'),
  );
  return {
    unitMargin: toSafeNumber(exact.unitMargin, 'The unit margin'),
    breakEvenUnits: exact.breakEvenUnits,
    unitsToBreakEven: exact.unitsToBreakEven === null ? null : Number(exact.unitsToBreakEven),
    neverBreaksEven: exact.unitsToBreakEven === null,
  };
}
