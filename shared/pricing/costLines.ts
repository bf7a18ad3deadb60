import { requireSafeInteger, roundHalfUpDiv, toSafeNumber } from './exactMath';
import { type CostLine, hoursScale } from './model';

/**
 * The cost of time: hours × hourly rate, rounded to the minor unit, halves up.
 * 1.5 h × 33.33 = 49.995 → 50.00. Done in integers: (hundredths × rate) / 100.
 */
export function labourCostExact(hoursHundredths: number, hourlyRateMinor: number): bigint {
  const hours = requireSafeInteger(hoursHundredths, 'Hours (in hundredths)');
  const rate = requireSafeInteger(hourlyRateMinor, 'The hourly rate');
  return roundHalfUpDiv(hours * rate, BigInt(hoursScale));
}

function costLineExact(line: CostLine): bigint {
  if (line.kind === 'amount') return requireSafeInteger(line.amountMinor, 'A cost');
  return labourCostExact(line.hoursHundredths, line.hourlyRateMinor);
}

/** The sum of cost lines, exact however large. */
export function costLinesTotalExact(lines: readonly CostLine[]): bigint {
  let total = 0n;
  for (const line of lines) total += costLineExact(line);
  return total;
}

/** One line's cost in minor units; a RangeError if it is too large to hold exactly. */
export function costLineMinor(line: CostLine): number {
  return toSafeNumber(costLineExact(line), 'This cost');
}

/** The total of cost lines in minor units; a RangeError if it is too large to hold exactly. */
export function costLinesTotalMinor(lines: readonly CostLine[]): number {
  return toSafeNumber(costLinesTotalExact(lines), 'The total of these costs');
}

/**
 * Whole hours and hundredths for display: 150 → 1.5. A Number is fine here: the stored value
 * is the integer, and this only feeds Intl formatting.
 */
export function hoursFromHundredths(hoursHundredths: number): number {
  return hoursHundredths / hoursScale;
}
