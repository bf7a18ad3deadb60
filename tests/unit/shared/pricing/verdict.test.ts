import type { PricingScenario } from '@shared/pricing';
import { pricingVerdict, scenarioFigures } from '@shared/pricing';
import { describe, expect, it } from 'vitest';
import { amountLine, scenario } from './scenarioFixture';

function verdictFor(overrides: Partial<PricingScenario>) {
  return pricingVerdict(scenarioFigures(scenario(overrides)), 'en-US');
}

describe('pricingVerdict', () => {
  it('says after how many sales the fixed costs are behind you, and how long that takes', () => {
    expect(verdictFor({})).toEqual({
      kind: 'breaksEven',
      headline: 'The fixed costs are behind you after 10 sales.',
      details: [
        'Each sale brings in €500.00; there are no costs per sale.',
        '€5,000.00 of fixed costs ÷ €500.00 = exactly 10 sales (€5,000.00 of revenue).',
        'At 4 sales a month, that takes 2.5 months: the fixed costs are covered during month 3.',
        'After the first month you are still €3,000.00 short.',
        'Every month after that adds €2,000.00.',
      ],
    });
  });

  it('explains a fractional break-even and the whole sale after which it is covered', () => {
    const verdict = verdictFor({
      fixedCosts: [amountLine('Setup', 10_000)],
      variableCosts: [amountLine('Kit', 1_000)],
      pricePerUnitMinor: 4_000,
      expectedUnitsPerMonth: null,
    });
    expect(verdict.headline).toBe('The fixed costs are behind you after 4 sales.');
    expect(verdict.details).toEqual([
      'Each sale leaves €30.00 after its variable costs (75% of the price).',
      '€100.00 of fixed costs ÷ €30.00 = 3.33 sales, so they are covered after 4 sales (€160.00 of revenue).',
    ]);
  });

  it('reports a profit after the first month when the volume covers the costs', () => {
    expect(verdictFor({ expectedUnitsPerMonth: 20 }).details).toContain(
      'After the first month the profit is €5,000.00.',
    );
  });

  it('says plainly that it never breaks even at cost, and the lowest price that would', () => {
    expect(verdictFor({ variableCosts: [amountLine('Materials', 50_000)] })).toEqual({
      kind: 'neverBreaksEven',
      headline: 'At this price it never breaks even.',
      details: [
        'Each sale only pays for its own variable costs of €500.00; nothing is left for the fixed costs.',
        'It would break even from a price of €500.01, but only after 500,000 sales.',
        'To break even within the first month at 4 sales a month, charge at least €1,750.00.',
      ],
    });
  });

  it('says how much each sale loses below the variable cost', () => {
    const verdict = verdictFor({
      variableCosts: [amountLine('Materials', 52_000)],
      expectedUnitsPerMonth: null,
    });
    expect(verdict.details[0]).toBe(
      'Each sale costs €20.00 more than it brings in, so every sale adds to the loss.',
    );
    expect(verdict.details).toHaveLength(2);
  });

  it('calls every sale profit when there are no fixed costs', () => {
    expect(verdictFor({ fixedCosts: [] })).toEqual({
      kind: 'profitFromFirstSale',
      headline: 'With no fixed costs, every sale is profit from the first one.',
      details: [
        'Each sale brings in €500.00; there are no costs per sale.',
        'At 4 sales a month, that is €2,000.00 of profit a month.',
      ],
    });
  });

  it('says the costs are never covered at zero sales a month', () => {
    expect(verdictFor({ expectedUnitsPerMonth: 0 }).details.at(-1)).toBe(
      'At 0 sales a month, the fixed costs are never covered.',
    );
  });
});
