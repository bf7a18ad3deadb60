/**
 * A pricing scenario: what it costs to offer a service or workshop, what one sale brings in,
 * and (optionally) how many sales a month the freelancer expects. Everything the calculator
 * shows is derived from this by the pure functions in this folder.
 */

/** Hours are stored in hundredths so that 1.5 h (150) or 0.25 h (25) is exact. */
export const hoursScale = 100;

/** A cost given as an amount, e.g. "Room hire: 300.00". */
interface AmountCostLine {
  kind: 'amount';
  label: string;
  /** Integer minor units of the scenario's currency; never negative. */
  amountMinor: number;
}

/** The freelancer's own time, e.g. "Preparation: 12.5 h × 80.00". */
interface LabourCostLine {
  kind: 'labour';
  label: string;
  /** Hundredths of an hour (see hoursScale); never negative. */
  hoursHundredths: number;
  /** Integer minor units per hour; never negative. */
  hourlyRateMinor: number;
}

export type CostLine = AmountCostLine | LabourCostLine;
export type CostLineKind = CostLine['kind'];

export const costLineKindLabels: Record<CostLineKind, string> = {
  amount: 'Amount',
  labour: 'Your time (hours × rate)',
};

export interface PricingScenario {
  id: string;
  name: string;
  /** Id of the ServiceType being priced, or '' when none is linked. */
  serviceTypeId: string;
  /** ISO 4217 code; every amount in the scenario is in this currency. */
  currency: string;
  /**
   * Costs paid once before selling (preparation, materials, a website). They are counted once,
   * not every month: that is what "how many sales until the fixed costs are behind me" means.
   */
  fixedCosts: CostLine[];
  /** Costs paid again for every unit sold (delivery). */
  variableCosts: CostLine[];
  /** Integer minor units; never negative. */
  pricePerUnitMinor: number;
  /** Whole units expected to sell per month, or null when not estimated. */
  expectedUnitsPerMonth: number | null;
  notes: string;
  /** ISO date-times. */
  createdAt: string;
  updatedAt: string;
}

/** What the user edits about a scenario. */
export type PricingScenarioDetails = Omit<PricingScenario, 'id' | 'createdAt' | 'updatedAt'>;

/** The numbers the figures are computed from: a saved scenario or a parsed draft. */
export type PricingInputs = Pick<
  PricingScenario,
  'currency' | 'fixedCosts' | 'variableCosts' | 'pricePerUnitMinor' | 'expectedUnitsPerMonth'
>;
