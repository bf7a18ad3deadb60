import { type PricingScenario, profitChartMaxUnits, profitChartSummary, profitSeries } from '@shared/pricing';
import { useMemo } from 'react';
import { ChartCanvas } from '../charts/ChartCanvas';
import { profitChartConfig } from '../charts/profitChartConfig';

/** Profit against units sold for every compared scenario on one axis, break-evens marked. */
export function CompareChart({ scenarios }: { scenarios: readonly PricingScenario[] }) {
  const chart = useMemo(() => {
    const maxUnits = profitChartMaxUnits(scenarios);
    const lines = scenarios.map((scenario) => ({
      name: scenario.name,
      currency: scenario.currency,
      series: profitSeries(scenario, maxUnits),
    }));
    return {
      config: profitChartConfig(lines),
      summary: [
        'Markers show where each line crosses zero.',
        ...lines.map((line) => profitChartSummary(line.name, line.series, line.currency)),
      ].join(' '),
    };
  }, [scenarios]);
  return (
    <section className="card pricing-chart" aria-labelledby="compare-chart-heading">
      <h2 id="compare-chart-heading">Profit as sales add up</h2>
      <ChartCanvas
        config={chart.config}
        label={`Chart of profit against units sold for ${scenarios.length} scenarios`}
        summary={chart.summary}
      />
    </section>
  );
}
