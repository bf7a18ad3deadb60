import { formatMinorForInput } from '../money/money';
import type { CostLine, CostLineKind, PricingScenarioDetails } from './model';
import { formatHoursForInput } from './parseNumbers';

/**
 * A cost line as typed. It keeps the text of both kinds, so switching a line between
 * "amount" and "your time" does not throw away what the user typed.
 */
export interface CostLineDraft {
  kind: CostLineKind;
  label: string;
  /** Used when kind is 'amount'. */
  amount: string;
  /** Used when kind is 'labour'. */
  hours: string;
  hourlyRate: string;
}

/** A scenario as typed in the form: text where the user types numbers. */
export interface PricingScenarioDraft {
  name: string;
  serviceTypeId: string;
  currency: string;
  fixedCosts: CostLineDraft[];
  variableCosts: CostLineDraft[];
  pricePerUnit: string;
  /** '' when not estimated. */
  expectedUnitsPerMonth: string;
  notes: string;
}

export function emptyCostLineDraft(kind: CostLineKind = 'amount'): CostLineDraft {
  return { kind, label: '', amount: '', hours: '', hourlyRate: '' };
}

/** A new scenario's form: one empty fixed cost and one empty variable cost to start typing in. */
export function emptyPricingDraft(currency: string): PricingScenarioDraft {
  return {
    name: '',
    serviceTypeId: '',
    currency,
    fixedCosts: [emptyCostLineDraft()],
    variableCosts: [emptyCostLineDraft()],
    pricePerUnit: '',
    expectedUnitsPerMonth: '',
    notes: '',
  };
}

function costLineToDraft(line: CostLine, currency: string): CostLineDraft {
  if (line.kind === 'amount') {
    return {
      ...emptyCostLineDraft('amount'),
      label: line.label,
      amount: formatMinorForInput(line.amountMinor, currency),
    };
  }
  return {
    ...emptyCostLineDraft('labour'),
    label: line.label,
    hours: formatHoursForInput(line.hoursHundredths),
    hourlyRate: formatMinorForInput(line.hourlyRateMinor, currency),
  };
}

/** The form for editing a saved scenario (or a duplicate of one). */
export function scenarioToDraft(details: PricingScenarioDetails): PricingScenarioDraft {
  return {
    name: details.name,
    serviceTypeId: details.serviceTypeId,
    currency: details.currency,
    fixedCosts: details.fixedCosts.map((line) => costLineToDraft(line, details.currency)),
    variableCosts: details.variableCosts.map((line) => costLineToDraft(line, details.currency)),
    pricePerUnit: formatMinorForInput(details.pricePerUnitMinor, details.currency),
    expectedUnitsPerMonth:
      details.expectedUnitsPerMonth === null ? '' : String(details.expectedUnitsPerMonth),
    notes: details.notes,
  };
}
