import {
  breakEvenByPrice,
  breakEvenByPriceSummary,
  breakEvenChartPriceRange,
  breakEvenChartUnitsMax,
  type PricingInputs,
  profitChartSummary,
  profitSeries,
} from '@shared/pricing';
import { breakEvenByPriceConfig } from './breakEvenByPriceConfig';
import { profitChartConfig } from './profitChartConfig';

/** A scenario's two charts (profit against sales, break-even against price) with their words. */
export function scenarioChartSet(name: string, inputs: PricingInputs) {
  const profit = profitSeries(inputs);
  const byPrice = breakEvenByPrice(inputs, breakEvenChartPriceRange(inputs));
  const unitsMax = breakEvenChartUnitsMax(byPrice);
  const title = name.trim() || 'This scenario';
  return {
    profit: {
      title: 'Profit as sales add up',
      label: 'Chart of profit against units sold',
      config: profitChartConfig([{ name: 'This scenario', currency: inputs.currency, series: profit }]),
      summary: `The marker shows where profit crosses zero. ${profitChartSummary(title, profit, inputs.currency)}`,
    },
    byPrice: {
      title: 'Break-even at other prices',
      label: 'Chart of sales needed to break even against the price per unit',
      config: breakEvenByPriceConfig(byPrice, inputs.currency, unitsMax),
      summary: breakEvenByPriceSummary(byPrice, inputs.currency, unitsMax),
    },
  };
}
