import { parseMoney } from '../money/money';
import { labourCostExact } from './costLines';
import type { CostLineDraft } from './draft';
import { isSafeBigInt } from './exactMath';
import { parseHours } from './parseNumbers';

/**
 * A typed line's cost in minor units, to show while the user types: the amount, or hours ×
 * rate rounded to the minor unit. Null until its numbers read as non-negative amounts; the
 * form's validation says what is wrong with them.
 */
function costLineDraftExact(line: CostLineDraft, currency: string): bigint | null {
  if (line.kind === 'amount') {
    const amount = parseMoney(line.amount, currency);
    return amount.ok && amount.amountMinor >= 0 ? BigInt(amount.amountMinor) : null;
  }
  const hours = parseHours(line.hours);
  const rate = parseMoney(line.hourlyRate, currency);
  if (!hours.ok || !rate.ok || rate.amountMinor < 0) return null;
  return labourCostExact(hours.value, rate.amountMinor);
}

/** What a labour line comes to as typed (hours × rate); null for an amount line or until it reads. */
export function labourDraftMinor(line: CostLineDraft, currency: string): number | null {
  if (line.kind !== 'labour') return null;
  const cost = costLineDraftExact(line, currency);
  return cost !== null && isSafeBigInt(cost) ? Number(cost) : null;
}

function isBlank(line: CostLineDraft): boolean {
  return `${line.label}${line.amount}${line.hours}${line.hourlyRate}`.trim() === '';
}

/**
 * A section's total as typed, so it shows before the price is entered. Blank lines count for
 * nothing; null while any other line's numbers do not read, or past exact calculation.
 */
export function costDraftsTotalMinor(lines: readonly CostLineDraft[], currency: string): number | null {
  let total = 0n;
  for (const line of lines) {
    if (isBlank(line)) continue;
    const cost = costLineDraftExact(line, currency);
    if (cost === null) return null;
    total += cost;
  }
  return isSafeBigInt(total) ? Number(total) : null;
}
