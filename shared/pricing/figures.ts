import type { FieldErrors } from '../validation/fieldErrors';
import { breakEvenExact } from './breakEven';
import { costLinesTotalExact } from './costLines';
import { isSafeBigInt, ratio, requireSafeInteger, toSafeNumber } from './exactMath';
import type { PricingInputs } from './model';
import { priceToBreakEvenWithinExact } from './solvers';

/** Everything the calculator shows for a scenario. Amounts are integer minor units. */
export interface PricingFigures {
  currency: string;
  fixedCostsMinor: number;
  variableCostPerUnitMinor: number;
  pricePerUnitMinor: number;
  /** price − variable cost per unit; negative when each sale loses money. */
  unitMarginMinor: number;
  /** unit margin ÷ price (0.25 is 25 %); null when the price is 0. */
  marginRatio: number | null;
  /** True when the price does not exceed the variable cost: no volume covers the costs. */
  neverBreaksEven: boolean;
  /** fixed costs ÷ unit margin, exact (may be fractional); null when it never breaks even. */
  breakEvenUnits: number | null;
  /** The whole number of sales after which the fixed costs are covered; 0 with no fixed costs. */
  unitsToBreakEven: number | null;
  /** Revenue from unitsToBreakEven sales. */
  revenueAtBreakEvenMinor: number | null;
  /**
   * The lowest price that breaks even at all: one minor unit above the variable cost. At that
   * price it takes as many sales as the fixed costs have minor units.
   */
  lowestPriceThatBreaksEvenMinor: number;
  expectedUnitsPerMonth: number | null;
  /** Revenue from one month of expected sales. */
  revenueAtExpectedVolumeMinor: number | null;
  /** What one month of expected sales adds once the fixed costs are behind: units × margin. */
  marginAtExpectedVolumeMinor: number | null;
  /** Profit after the first month of expected sales: units × margin − fixed costs. */
  profitAtExpectedVolumeMinor: number | null;
  /** That profit ÷ that revenue; null without revenue. */
  profitMarginAtExpectedVolume: number | null;
  /** unitsToBreakEven ÷ expected units a month (2.5); null with no volume or when never. */
  monthsToBreakEven: number | null;
  /** The month in which the fixed costs are covered (3 for 2.5); null as above. */
  wholeMonthsToBreakEven: number | null;
  /** The lowest price that breaks even within the first month of expected sales. */
  priceToBreakEvenInFirstMonthMinor: number | null;
}

/** The money figures in BigInt, before the check that a Number holds them exactly. */
interface ExactMoneyFigures {
  fixedCostsMinor: bigint;
  variableCostPerUnitMinor: bigint;
  unitMarginMinor: bigint;
  revenueAtBreakEvenMinor: bigint | null;
  lowestPriceThatBreaksEvenMinor: bigint;
  revenueAtExpectedVolumeMinor: bigint | null;
  marginAtExpectedVolumeMinor: bigint | null;
  profitAtExpectedVolumeMinor: bigint | null;
  priceToBreakEvenInFirstMonthMinor: bigint | null;
}

type MoneyFigureKey = keyof ExactMoneyFigures;

const volumeTooLarge = 'At this many units a month, the figures are too large to calculate exactly.';

/** Where a figure too large to calculate is reported, and how. */
const outOfRangeProblems: Record<MoneyFigureKey, [field: string, message: string]> = {
  fixedCostsMinor: ['fixedCosts', 'The fixed costs add up to more than can be calculated exactly.'],
  variableCostPerUnitMinor: [
    'variableCosts',
    'The variable costs add up to more than can be calculated exactly.',
  ],
  unitMarginMinor: ['pricePerUnit', 'The price is too large to calculate with exactly.'],
  revenueAtBreakEvenMinor: [
    'pricePerUnit',
    'At this price and margin, the revenue needed to break even is too large to calculate exactly.',
  ],
  lowestPriceThatBreaksEvenMinor: [
    'variableCosts',
    'The variable costs are too large to calculate with exactly.',
  ],
  revenueAtExpectedVolumeMinor: ['expectedUnitsPerMonth', volumeTooLarge],
  marginAtExpectedVolumeMinor: ['expectedUnitsPerMonth', volumeTooLarge],
  profitAtExpectedVolumeMinor: ['expectedUnitsPerMonth', volumeTooLarge],
  priceToBreakEvenInFirstMonthMinor: ['expectedUnitsPerMonth', volumeTooLarge],
};

function exactFigures(inputs: PricingInputs) {
  const fixed = costLinesTotalExact(inputs.fixedCosts);
  const variable = costLinesTotalExact(inputs.variableCosts);
  const price = requireSafeInteger(inputs.pricePerUnitMinor, 'The price per unit');
  const units =
    inputs.expectedUnitsPerMonth === null
      ? null
      : requireSafeInteger(inputs.expectedUnitsPerMonth, 'The expected units per month');
  const breakEven = breakEvenExact(fixed, variable, price);
  const margin = breakEven.unitMargin;
  const money: ExactMoneyFigures = {
    fixedCostsMinor: fixed,
    variableCostPerUnitMinor: variable,
    unitMarginMinor: margin,
    revenueAtBreakEvenMinor: breakEven.unitsToBreakEven === null ? null : breakEven.unitsToBreakEven * price,
    lowestPriceThatBreaksEvenMinor: variable + 1n,
    revenueAtExpectedVolumeMinor: units === null ? null : units * price,
    marginAtExpectedVolumeMinor: units === null ? null : units * margin,
    profitAtExpectedVolumeMinor: units === null ? null : units * margin - fixed,
    priceToBreakEvenInFirstMonthMinor:
      units === null || units === 0n ? null : priceToBreakEvenWithinExact(fixed, variable, units),
  };
  return { price, units, breakEven, money };
}

/**
 * Problems with inputs whose figures would be too large to calculate exactly, at the field to
 * change. The draft parser adds these, so a saved scenario always has exact figures.
 */
export function pricingRangeErrors(inputs: PricingInputs): FieldErrors {
  const errors: FieldErrors = {};
  const { money } = exactFigures(inputs);
  // Every other figure is computed from the totals: when a total is out of range, that is
  // the one problem to fix, not a cascade of follow-on messages.
  const totalsOutOfRange =
    !isSafeBigInt(money.fixedCostsMinor) || !isSafeBigInt(money.variableCostPerUnitMinor);
  const checked = totalsOutOfRange
    ? { fixedCostsMinor: money.fixedCostsMinor, variableCostPerUnitMinor: money.variableCostPerUnitMinor }
    : money;
  for (const [key, value] of Object.entries(checked) as [MoneyFigureKey, bigint | null][]) {
    if (value === null || isSafeBigInt(value)) continue;
    const [field, message] = outOfRangeProblems[key];
    errors[field] ??= message;
  }
  return errors;
}

function safeMoney(value: bigint, key: MoneyFigureKey): number {
  return toSafeNumber(value, outOfRangeProblems[key][1]);
}

function safeMoneyOrNull(value: bigint | null, key: MoneyFigureKey): number | null {
  return value === null ? null : safeMoney(value, key);
}

/**
 * Everything the calculator shows, computed exactly from the inputs. Expects inputs that
 * passed parsePricingDraft (or pricingRangeErrors); throws a RangeError for inputs whose
 * figures a Number cannot hold exactly, rather than show a rounded amount.
 */
export function scenarioFigures(inputs: PricingInputs): PricingFigures {
  const { price, units, breakEven, money } = exactFigures(inputs);
  const unitsToBreakEven = breakEven.unitsToBreakEven;
  const revenueAtExpectedVolume = money.revenueAtExpectedVolumeMinor;
  const profitAtExpectedVolume = money.profitAtExpectedVolumeMinor;
  let monthsToBreakEven: number | null = null;
  let wholeMonthsToBreakEven: number | null = null;
  if (unitsToBreakEven === 0n && units !== null) {
    monthsToBreakEven = 0;
    wholeMonthsToBreakEven = 0;
  } else if (unitsToBreakEven !== null && units !== null && units > 0n) {
    monthsToBreakEven = ratio(unitsToBreakEven, units);
    wholeMonthsToBreakEven = Number((unitsToBreakEven + units - 1n) / units);
  }
  return {
    currency: inputs.currency,
    fixedCostsMinor: safeMoney(money.fixedCostsMinor, 'fixedCostsMinor'),
    variableCostPerUnitMinor: safeMoney(money.variableCostPerUnitMinor, 'variableCostPerUnitMinor'),
    pricePerUnitMinor: inputs.pricePerUnitMinor,
    unitMarginMinor: safeMoney(money.unitMarginMinor, 'unitMarginMinor'),
    marginRatio: price === 0n ? null : ratio(money.unitMarginMinor, price),
    neverBreaksEven: unitsToBreakEven === null,
    breakEvenUnits: breakEven.breakEvenUnits,
    unitsToBreakEven: unitsToBreakEven === null ? null : Number(unitsToBreakEven),
    revenueAtBreakEvenMinor: safeMoneyOrNull(money.revenueAtBreakEvenMinor, 'revenueAtBreakEvenMinor'),
    lowestPriceThatBreaksEvenMinor: safeMoney(
      money.lowestPriceThatBreaksEvenMinor,
      'lowestPriceThatBreaksEvenMinor',
    ),
    expectedUnitsPerMonth: inputs.expectedUnitsPerMonth,
    revenueAtExpectedVolumeMinor: safeMoneyOrNull(revenueAtExpectedVolume, 'revenueAtExpectedVolumeMinor'),
    marginAtExpectedVolumeMinor: safeMoneyOrNull(
      money.marginAtExpectedVolumeMinor,
      'marginAtExpectedVolumeMinor',
    ),
    profitAtExpectedVolumeMinor: safeMoneyOrNull(profitAtExpectedVolume, 'profitAtExpectedVolumeMinor'),
    profitMarginAtExpectedVolume:
      revenueAtExpectedVolume === null || profitAtExpectedVolume === null || revenueAtExpectedVolume === 0n
        ? null
        : ratio(profitAtExpectedVolume, revenueAtExpectedVolume),
    monthsToBreakEven,
    wholeMonthsToBreakEven,
    priceToBreakEvenInFirstMonthMinor: safeMoneyOrNull(
      money.priceToBreakEvenInFirstMonthMinor,
      'priceToBreakEvenInFirstMonthMinor',
    ),
  };
}
