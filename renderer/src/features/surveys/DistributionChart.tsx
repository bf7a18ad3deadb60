import { useEffect, useId, useRef } from 'react';
import { Chart } from './surveyChartSetup';

interface DistributionChartProps {
  bars: { label: string; count: number }[];
  label: string;
  summary: string;
}

/** A bar chart of how many chose each answer, with the same figures in a table beside it. */
export function DistributionChart({ bars, label, summary }: DistributionChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const summaryId = useId();
  const key = JSON.stringify(bars);
  // biome-ignore lint/correctness/useExhaustiveDependencies: redrawn only when the figures change
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: bars.map((bar) => bar.label),
        datasets: [{ data: bars.map((bar) => bar.count), backgroundColor: '#3b4fd8' }],
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        plugins: { legend: { display: false } },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
    return () => chart.destroy();
  }, [key]);
  return (
    <figure className="survey-chart">
      <div className="survey-chart__canvas">
        <canvas ref={canvas} role="img" aria-label={label} aria-describedby={summaryId} />
      </div>
      <figcaption id={summaryId} className="muted">
        {summary}
      </figcaption>
      <table className="data-table survey-chart__table">
        <caption className="visually-hidden">{label}, as a table</caption>
        <thead>
          <tr>
            <th scope="col">Answer</th>
            <th scope="col" className="numeric">
              Count
            </th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.label}>
              <th scope="row">{bar.label}</th>
              <td className="numeric">{bar.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
