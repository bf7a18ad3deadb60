import type { PricingInputs } from '@shared/pricing';
import { useMemo } from 'react';
import { ChartCanvas } from './ChartCanvas';
import { scenarioChartSet } from './scenarioChartSet';

interface ScenarioChartsProps {
  name: string;
  inputs: PricingInputs;
}

/** The editor's two charts: profit against sales, and break-even against price. */
export function ScenarioCharts({ name, inputs }: ScenarioChartsProps) {
  // The charts redraw only when a number changes, not when the name or a label is typed.
  const numbers = JSON.stringify(inputs);
  const title = name.trim() || 'This scenario';
  const charts = useMemo(
    () => scenarioChartSet(title, JSON.parse(numbers) as PricingInputs),
    [numbers, title],
  );

  return (
    <section className="pricing-charts" aria-labelledby="pricing-charts-heading">
      <h2 id="pricing-charts-heading">Charts</h2>
      <div className="pricing-charts__grid">
        {[charts.profit, charts.byPrice].map((chart) => (
          <div key={chart.title} className="card pricing-chart">
            <h3>{chart.title}</h3>
            <ChartCanvas config={chart.config} label={chart.label} summary={chart.summary} />
          </div>
        ))}
      </div>
    </section>
  );
}
