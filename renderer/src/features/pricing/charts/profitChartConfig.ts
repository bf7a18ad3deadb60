import { minorToMajor } from '@shared/money/money';
import type { ProfitSeries } from '@shared/pricing';
import {
  compactMoney,
  fullMoney,
  type LineChartConfig,
  type LineDataset,
  lineLegendLabels,
  unitsFormat,
} from './chartFormat';
import { axisColor, gridColor, seriesStyles } from './chartSetup';

export interface ProfitLine {
  name: string;
  currency: string;
  series: ProfitSeries;
}

/** Profit against units sold: one line per scenario, its break-even marked on the zero line. */
export function profitChartConfig(lines: readonly ProfitLine[]): LineChartConfig {
  const currencies = new Set(lines.map((line) => line.currency));
  const sharedCurrency = currencies.size === 1 ? (lines[0]?.currency ?? null) : null;
  // Per dataset, in order: its currency for the tooltip, and whether it is a break-even marker.
  const datasetCurrencies: string[] = [];
  const markers = new Set<number>();
  const datasets: LineDataset[] = lines.flatMap((line, index) => {
    const style = seriesStyles[index % seriesStyles.length] ?? seriesStyles[0];
    const profit: LineDataset = {
      label: line.name,
      data: line.series.points.map((point) => ({
        x: point.units,
        y: minorToMajor(point.profitMinor, line.currency),
      })),
      borderColor: style.color,
      backgroundColor: style.color,
      borderDash: [...style.dash],
      borderWidth: 2.5,
      pointRadius: 0,
      pointHitRadius: 6,
    };
    datasetCurrencies.push(line.currency);
    const { breakEven } = line.series;
    if (!breakEven) return [profit];
    datasetCurrencies.push(line.currency);
    markers.add(datasetCurrencies.length - 1);
    const marker: LineDataset = {
      label: line.name,
      data: [{ x: breakEven.units, y: 0 }],
      showLine: false,
      pointStyle: style.marker,
      pointRadius: 7,
      pointHoverRadius: 9,
      borderColor: '#ffffff',
      borderWidth: 1.5,
      backgroundColor: style.color,
    };
    return [profit, marker];
  });

  return {
    type: 'line',
    data: { datasets },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      interaction: { mode: 'nearest', intersect: false },
      scales: {
        x: {
          type: 'linear',
          min: 0,
          max: Math.max(...lines.map((line) => line.series.points.at(-1)?.units ?? 0)),
          title: { display: true, text: 'Units sold', color: axisColor },
          ticks: { precision: 0 },
        },
        y: {
          type: 'linear',
          title: {
            display: true,
            text: sharedCurrency ? `Profit (${sharedCurrency})` : 'Profit',
            color: axisColor,
          },
          ticks: { callback: compactMoney(sharedCurrency) },
          grid: {
            // The zero line is where the fixed costs are behind you: drawn darker than the rest.
            color: (context) => (context.tick?.value === 0 ? axisColor : gridColor),
            lineWidth: (context) => (context.tick?.value === 0 ? 2 : 1),
          },
        },
      },
      plugins: {
        legend: {
          position: 'bottom',
          labels: {
            usePointStyle: true,
            pointStyleWidth: 36,
            generateLabels: lineLegendLabels((index) => !markers.has(index)),
          },
        },
        tooltip: {
          callbacks: {
            label: (context) => {
              const money = fullMoney(datasetCurrencies[context.datasetIndex] ?? 'USD');
              const units = unitsFormat.format(context.parsed.x ?? 0);
              const label = context.dataset.label ?? '';
              if (markers.has(context.datasetIndex)) return `${label} breaks even at ${units} units`;
              return `${label}: ${money(context.parsed.y ?? 0)} after ${units} units`;
            },
          },
        },
      },
    },
  };
}
