import type { CostLine, PricingScenario } from '@shared/pricing';

export function amountLine(label: string, amountMinor: number): CostLine {
  return { kind: 'amount', label, amountMinor };
}

export function labourLine(label: string, hoursHundredths: number, hourlyRateMinor: number): CostLine {
  return { kind: 'labour', label, hoursHundredths, hourlyRateMinor };
}

/** A workshop: 5,000.00 of fixed costs, 0 variable, sold at 500.00, 4 a month. */
export function scenario(overrides: Partial<PricingScenario> = {}): PricingScenario {
  return {
    id: 'scenario-1',
    name: 'Half-day workshop',
    serviceTypeId: '',
    currency: 'EUR',
    fixedCosts: [amountLine('Preparation', 500_000)],
    variableCosts: [],
    pricePerUnitMinor: 50_000,
    expectedUnitsPerMonth: 4,
    notes: '',
    createdAt: '2026-01-01T09:00:00.000Z',
    updatedAt: '2026-01-01T09:00:00.000Z',
    ...overrides,
  };
}
