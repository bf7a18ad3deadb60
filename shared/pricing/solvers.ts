import { ceilDiv, requireSafeInteger, toSafeNumber } from './exactMath';
import { parseWholeUnits } from './parseNumbers';

function requireUnits(units: number, minimum: number): bigint {
  const exact = requireSafeInteger(units, 'The number of units');
  if (exact < BigInt(minimum)) throw new RangeError(`The number of units must be at least ${minimum}.`);
  return exact;
}

/**
 * The lowest price, in whole minor units, at which `units` sales cover the fixed costs:
 * variable cost + ⌈fixed costs ÷ units⌉. The margin is at least one minor unit, so the price
 * always "breaks even" in the sense of breakEven() (selling at cost never does).
 * Throws a RangeError for fewer than 1 unit or a price too large to hold exactly.
 */
export function priceToBreakEvenWithin(
  fixedCosts: number,
  variableCostPerUnit: number,
  units: number,
): number {
  const price = priceToBreakEvenWithinExact(
    requireSafeInteger(fixedCosts, 'The fixed costs'),
    requireSafeInteger(variableCostPerUnit, 'The variable cost per unit'),
    requireUnits(units, 1),
  );
  return toSafeNumber(price, 'The price');
}

/** priceToBreakEvenWithin in BigInt, for units ≥ 1. */
export function priceToBreakEvenWithinExact(
  fixedCosts: bigint,
  variableCostPerUnit: bigint,
  units: bigint,
): bigint {
  return variableCostPerUnit + (fixedCosts > 0n ? ceilDiv(fixedCosts, units) : 1n);
}

/**
 * The most fixed costs that `units` sales at this price can pay for: units × unit margin,
 * or 0 when the price does not exceed the variable cost.
 * Throws a RangeError for a negative count or an amount too large to hold exactly.
 */
export function maxFixedCostsCoveredBy(
  units: number,
  pricePerUnit: number,
  variableCostPerUnit: number,
): number {
  const count = requireUnits(units, 0);
  const margin =
    requireSafeInteger(pricePerUnit, 'The price per unit') -
    requireSafeInteger(variableCostPerUnit, 'The variable cost per unit');
  return toSafeNumber(margin > 0n ? count * margin : 0n, 'The fixed costs covered');
}

interface SolvedForUnits {
  units: number;
  /** The lowest price at which this many sales cover the fixed costs. */
  priceToBreakEvenMinor: number;
  /** The most fixed costs this many sales at the current price pay for. */
  maxFixedCostsCoveredMinor: number;
}

export type SolveForUnitsResult = ({ ok: true } & SolvedForUnits) | { ok: false; error: string };

/**
 * Both solvers for a number of units the user typed, with the problem in words when the text
 * is not a whole number of at least 1 or the answer is too large to calculate exactly.
 * `totals` can be the scenario's PricingFigures.
 */
export function solveForUnits(
  totals: { fixedCostsMinor: number; variableCostPerUnitMinor: number; pricePerUnitMinor: number },
  unitsText: string,
): SolveForUnitsResult {
  const parsed = parseWholeUnits(unitsText);
  if (!parsed.ok) return parsed;
  if (parsed.value < 1) return { ok: false, error: 'Enter at least 1 unit.' };
  try {
    return {
      ok: true,
      units: parsed.value,
      priceToBreakEvenMinor: priceToBreakEvenWithin(
        totals.fixedCostsMinor,
        totals.variableCostPerUnitMinor,
        parsed.value,
      ),
      maxFixedCostsCoveredMinor: maxFixedCostsCoveredBy(
        parsed.value,
        totals.pricePerUnitMinor,
        totals.variableCostPerUnitMinor,
      ),
    };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return { ok: false, error: 'The answer is too large to calculate exactly.' };
  }
}
