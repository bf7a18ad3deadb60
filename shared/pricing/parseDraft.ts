import { isKnownCurrency, parseMoney } from '../money/money';
import { type FieldErrors, hasErrors } from '../validation/fieldErrors';
import { labourCostExact } from './costLines';
import type { CostLineDraft, PricingScenarioDraft } from './draft';
import { isSafeBigInt } from './exactMath';
import { pricingRangeErrors } from './figures';
import type { CostLine, PricingInputs, PricingScenarioDetails } from './model';
import { parseHours, parseWholeUnits } from './parseNumbers';

export interface ParsedPricingDraft {
  /**
   * The numbers, as soon as every cost, the price and the volume are valid, so the figures can
   * show live while the user is still typing a name or a label. Null otherwise.
   */
  inputs: PricingInputs | null;
  /** The scenario to save; null while there is any error. */
  details: PricingScenarioDetails | null;
  /** Every problem at its field path ("fixedCosts.2.amount", "pricePerUnit"), in words. */
  errors: FieldErrors;
}

type CostSection = 'fixedCosts' | 'variableCosts';

function isBlankLine(line: CostLineDraft): boolean {
  return `${line.label}${line.amount}${line.hours}${line.hourlyRate}`.trim() === '';
}

/** A non-negative amount, or its problem in words. */
function parseCost(text: string, currency: string, whenEmpty: string, whenNegative: string) {
  if (text.trim() === '') return { ok: false as const, error: whenEmpty };
  const parsed = parseMoney(text, currency);
  if (parsed.ok && parsed.amountMinor < 0) return { ok: false as const, error: whenNegative };
  return parsed;
}

function parseCostLine(
  draft: CostLineDraft,
  path: string,
  currency: string,
  errors: FieldErrors,
): CostLine | null {
  const label = draft.label.trim();
  if (label === '') errors[`${path}.label`] = 'Say what this cost is, like "Room hire".';
  if (draft.kind === 'amount') {
    const amount = parseCost(
      draft.amount,
      currency,
      'Enter the amount of this cost.',
      'A cost cannot be negative.',
    );
    if (!amount.ok) {
      errors[`${path}.amount`] = amount.error;
      return null;
    }
    return { kind: 'amount', label, amountMinor: amount.amountMinor };
  }
  const hours = parseHours(draft.hours);
  if (!hours.ok) errors[`${path}.hours`] = hours.error;
  const rate = parseCost(
    draft.hourlyRate,
    currency,
    'Enter your hourly rate.',
    'The hourly rate cannot be negative.',
  );
  if (!rate.ok) errors[`${path}.hourlyRate`] = rate.error;
  if (!hours.ok || !rate.ok) return null;
  if (!isSafeBigInt(labourCostExact(hours.value, rate.amountMinor))) {
    errors[`${path}.hourlyRate`] = 'Hours × rate is too large to calculate exactly.';
    return null;
  }
  return { kind: 'labour', label, hoursHundredths: hours.value, hourlyRateMinor: rate.amountMinor };
}

/** The lines that parsed, or null if any did not. Blank lines (a row just added) are skipped. */
function parseCostLines(
  drafts: readonly CostLineDraft[],
  section: CostSection,
  currency: string,
  errors: FieldErrors,
): CostLine[] | null {
  const lines: CostLine[] = [];
  let allParsed = true;
  drafts.forEach((draft, index) => {
    if (isBlankLine(draft)) return;
    const line = parseCostLine(draft, `${section}.${index}`, currency, errors);
    if (line) lines.push(line);
    else allParsed = false;
  });
  return allParsed ? lines : null;
}

function parseNumbers(draft: PricingScenarioDraft, errors: FieldErrors): PricingInputs | null {
  const { currency } = draft;
  const fixedCosts = parseCostLines(draft.fixedCosts, 'fixedCosts', currency, errors);
  const variableCosts = parseCostLines(draft.variableCosts, 'variableCosts', currency, errors);
  const price = parseCost(
    draft.pricePerUnit,
    currency,
    'Enter the price per unit.',
    'The price cannot be negative.',
  );
  if (!price.ok) errors.pricePerUnit = price.error;
  let expectedUnitsPerMonth: number | null = null;
  if (draft.expectedUnitsPerMonth.trim() !== '') {
    const units = parseWholeUnits(draft.expectedUnitsPerMonth);
    if (units.ok) expectedUnitsPerMonth = units.value;
    else errors.expectedUnitsPerMonth = units.error;
  }
  if (!fixedCosts || !variableCosts || !price.ok || errors.expectedUnitsPerMonth) return null;
  const inputs = {
    currency,
    fixedCosts,
    variableCosts,
    pricePerUnitMinor: price.amountMinor,
    expectedUnitsPerMonth,
  };
  const rangeErrors = pricingRangeErrors(inputs);
  for (const [field, message] of Object.entries(rangeErrors)) errors[field] ??= message;
  return hasErrors(rangeErrors) ? null : inputs;
}

/**
 * Reads the form: what the user typed becomes integer amounts, and every problem is reported
 * at its field in words (no negative costs, a price is required, hours with at most two
 * decimals, a whole number of units a month).
 */
export function parsePricingDraft(draft: PricingScenarioDraft): ParsedPricingDraft {
  const errors: FieldErrors = {};
  const name = draft.name.trim();
  if (name === '') errors.name = 'Give the scenario a name, like "Half-day workshop".';
  if (!isKnownCurrency(draft.currency)) {
    errors.currency =
      draft.currency === '' ? 'Choose a currency.' : `"${draft.currency}" is not a currency code.`;
    // Amounts are read with the currency's decimal places, so they wait for a currency.
    return { inputs: null, details: null, errors };
  }
  const inputs = parseNumbers(draft, errors);
  const details =
    inputs && !hasErrors(errors)
      ? { ...inputs, name, serviceTypeId: draft.serviceTypeId, notes: draft.notes.trim() }
      : null;
  return { inputs, details, errors };
}
