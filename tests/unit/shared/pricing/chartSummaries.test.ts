import {
  breakEvenByPrice,
  breakEvenByPriceSummary,
  breakEvenChartPriceRange,
  breakEvenChartUnitsMax,
  profitChartSummary,
  profitSeries,
} from '@shared/pricing';
import { describe, expect, it } from 'vitest';
import { amountLine, scenario } from './scenarioFixture';

const workshop = scenario({
  currency: 'USD',
  fixedCosts: [amountLine('Venue', 200_000)],
  variableCosts: [amountLine('Materials', 2_500)],
  pricePerUnitMinor: 15_000,
  expectedUnitsPerMonth: null,
});

describe('profitChartSummary', () => {
  it('gives both ends of the line and where it crosses zero', () => {
    expect(profitChartSummary('Workshop', profitSeries(workshop), 'USD', 'en-US')).toBe(
      'Workshop: -$2,000.00 at 0 sales, $2,000.00 at 32 sales; breaks even at 16 sales.',
    );
  });

  it('names the first sale in profit when the break-even falls between two sales', () => {
    const series = profitSeries({ ...workshop, pricePerUnitMinor: 17_500 });
    expect(profitChartSummary('Dearer', series, 'USD', 'en-US')).toContain(
      'breaks even at 13.33 sales, in profit from sale 14.',
    );
  });

  it('says so when it never breaks even', () => {
    const series = profitSeries({ ...workshop, pricePerUnitMinor: 2_500 });
    expect(profitChartSummary('At cost', series, 'USD', 'en-US')).toMatch(/never breaks even\.$/);
  });
});

describe('breakEvenByPriceSummary', () => {
  it('reads the curve from the current price across the range', () => {
    const series = breakEvenByPrice(workshop);
    expect(breakEvenByPriceSummary(series, 'USD', breakEvenChartUnitsMax(series), 'en-US')).toBe(
      'At the current price of $150.00 the fixed costs are covered after 16 sales. ' +
        'From $75.00 to $300.00 the break-even falls from 40 sales to 7.27 sales.',
    );
  });

  it('says where it never breaks even and where the axis stops', () => {
    const underwater = {
      ...workshop,
      variableCosts: [amountLine('Materials', 15_000)],
      pricePerUnitMinor: 10_000,
    };
    const series = breakEvenByPrice(underwater, breakEvenChartPriceRange(underwater));
    const text = breakEvenByPriceSummary(series, 'USD', breakEvenChartUnitsMax(series), 'en-US');
    expect(text).toContain('At the current price of $100.00 it never breaks even.');
    expect(text).toContain('At or below the variable cost of $150.00 it never breaks even.');
    expect(text).toContain('The chart stops at');
  });
});
