/**
 * Integer arithmetic for the calculator. Amounts are safe integers of minor units, but their
 * products (units × price) can pass 2^53, where a Number silently rounds. Products and
 * quotients are therefore done in BigInt, and a result comes back as a Number only when it
 * is still exact.
 */

/** Throws unless the value is a whole number of minor units that a Number holds exactly. */
export function requireSafeInteger(value: number, what: string): bigint {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`${what} must be a whole number within ±${Number.MAX_SAFE_INTEGER}, not ${value}.`);
  }
  return BigInt(value);
}

const maxSafe = BigInt(Number.MAX_SAFE_INTEGER);

export function isSafeBigInt(value: bigint): boolean {
  return value <= maxSafe && value >= -maxSafe;
}

/** The exact Number for a BigInt, or a RangeError when a Number cannot hold it exactly. */
export function toSafeNumber(value: bigint, what: string): number {
  if (!isSafeBigInt(value)) throw new RangeError(`${what} is too large to calculate exactly.`);
  return Number(value);
}

/** Smallest integer ≥ a / b, for b > 0. BigInt division truncates toward zero. */
export function ceilDiv(a: bigint, b: bigint): bigint {
  const quotient = a / b;
  return a % b > 0n ? quotient + 1n : quotient;
}

/** a / b rounded to the nearest integer, halves away from zero (so 4999.5 → 5000), for b > 0. */
export function roundHalfUpDiv(a: bigint, b: bigint): bigint {
  const negative = a < 0n;
  const magnitude = negative ? -a : a;
  const rounded = (magnitude * 2n + b) / (b * 2n);
  return negative ? -rounded : rounded;
}

/** a / b as the nearest Number, for b ≠ 0: exact enough for display, never for money. */
export function ratio(a: bigint, b: bigint): number {
  // Between safe integers one division is correctly rounded; beyond them, split off the
  // whole part first so the fraction is not lost in a huge numerator.
  if (isSafeBigInt(a) && isSafeBigInt(b)) return Number(a) / Number(b);
  const whole = a / b;
  const rest = a % b;
  return Number(whole) + Number(rest) / Number(b);
}
