import type { ClientGroup } from '@shared/insights/figures/shownFigures';
import type { ChartConfiguration } from 'chart.js';
import { useMemo } from 'react';
import { ChartCanvas } from '../pricing/charts/ChartCanvas';
import { axisColor, gridColor } from '../pricing/charts/chartSetup';
import { drawWhenNear } from './chartQueue';
import { barColors } from './chartSetup';
import { useOpenClients } from './useOpenClients';

interface BarSeries {
  label: string;
  values: number[];
  /** The clients behind each bar, in the order of the values. */
  clientIds?: ClientGroup[];
}

interface BarChartProps {
  label: string;
  /** The chart in words, read as its description and shown under it. */
  summary: string;
  categories: string[];
  series: BarSeries[];
  /** What a bar's clients are, for the client list, from the category and series label. */
  clientsLabel?: (category: string, series: string) => string;
}

/** A bar chart; clicking a bar opens the client list with exactly that bar's clients. */
export function BarChart({ label, summary, categories, series, clientsLabel }: BarChartProps) {
  const openClients = useOpenClients();
  const config = useMemo<ChartConfiguration<'bar', number[], string>>(
    () => ({
      type: 'bar',
      data: {
        labels: categories,
        datasets: series.map((entry, index) => ({
          label: entry.label,
          data: entry.values,
          backgroundColor: barColors[index % barColors.length],
        })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: series.length > 1 } },
        scales: {
          x: { ticks: { color: axisColor }, grid: { display: false } },
          y: { beginAtZero: true, ticks: { color: axisColor }, grid: { color: gridColor } },
        },
        onHover: (event, elements) => {
          const target = event.native?.target as HTMLElement | undefined;
          if (target) target.style.cursor = elements.length > 0 ? 'pointer' : 'default';
        },
        onClick: (_event, elements) => {
          const element = elements[0];
          if (!element) return;
          const entry = series[element.datasetIndex];
          const group = entry?.clientIds?.[element.index];
          const category = categories[element.index] ?? '';
          if (entry && group && group.count > 0)
            openClients(clientsLabel ? clientsLabel(category, entry.label) : `${label}: ${category}`, group);
        },
      },
    }),
    [categories, series, label, clientsLabel, openClients],
  );
  return (
    <ChartCanvas
      config={config}
      label={label}
      summary={summary}
      frameClassName="insights-chart"
      schedule={drawWhenNear}
    />
  );
}
