import {
  breakEvenByPrice,
  breakEvenByPriceSummary,
  breakEvenChartPriceRange,
  breakEvenChartUnitsMax,
  type PricingInputs,
  profitChartSummary,
  profitSeries,
} from '@shared/pricing';
import { useMemo } from 'react';
import { breakEvenByPriceConfig } from './breakEvenByPriceConfig';
import { ChartCanvas } from './ChartCanvas';
import { profitChartConfig } from './profitChartConfig';

interface ScenarioChartsProps {
  name: string;
  inputs: PricingInputs;
}

/** The editor's two charts: profit against sales, and break-even against price. */
export function ScenarioCharts({ name, inputs }: ScenarioChartsProps) {
  // The charts redraw only when a number changes, not when the name or a label is typed.
  const numbers = JSON.stringify(inputs);
  const charts = useMemo(() => {
    const values = JSON.parse(numbers) as PricingInputs;
    const profit = profitSeries(values);
    const byPrice = breakEvenByPrice(values, breakEvenChartPriceRange(values));
    const unitsMax = breakEvenChartUnitsMax(byPrice);
    return {
      profit,
      profitConfig: profitChartConfig([{ name: 'This scenario', currency: values.currency, series: profit }]),
      byPriceConfig: breakEvenByPriceConfig(byPrice, values.currency, unitsMax),
      byPriceSummary: breakEvenByPriceSummary(byPrice, values.currency, unitsMax),
    };
  }, [numbers]);
  const title = name.trim() || 'This scenario';

  return (
    <section className="pricing-charts" aria-labelledby="pricing-charts-heading">
      <h2 id="pricing-charts-heading">Charts</h2>
      <div className="pricing-charts__grid">
        <div className="card pricing-chart">
          <h3>Profit as sales add up</h3>
          <ChartCanvas
            config={charts.profitConfig}
            label="Chart of profit against units sold"
            summary={`The marker shows where profit crosses zero. ${profitChartSummary(title, charts.profit, inputs.currency)}`}
          />
        </div>
        <div className="card pricing-chart">
          <h3>Break-even at other prices</h3>
          <ChartCanvas
            config={charts.byPriceConfig}
            label="Chart of sales needed to break even against the price per unit"
            summary={charts.byPriceSummary}
          />
        </div>
      </div>
    </section>
  );
}
