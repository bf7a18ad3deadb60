import { minorToMajor } from '@shared/money/money';
import type { BreakEvenByPriceSeries } from '@shared/pricing';
import { compactMoney, fullMoney, type LineChartConfig, type LineDataset, unitsFormat } from './chartFormat';
import { axisColor, gridColor, seriesStyles } from './chartSetup';

/**
 * Break-even volume against price, the current price marked. The units axis stops at
 * unitsAxisMax (see breakEvenChartUnitsMax), and the curve is clipped there.
 */
export function breakEvenByPriceConfig(
  series: BreakEvenByPriceSeries,
  currency: string,
  unitsAxisMax: number,
): LineChartConfig {
  const style = seriesStyles[0];
  const major = (minor: number) => minorToMajor(minor, currency);
  const money = fullMoney(currency);
  const datasets: LineDataset[] = [
    {
      label: 'Sales to break even',
      data: series.points.map((point) => ({ x: major(point.priceMinor), y: point.breakEvenUnits })),
      borderColor: style.color,
      backgroundColor: style.color,
      borderWidth: 2.5,
      pointRadius: 0,
      pointHitRadius: 6,
      // Shown as a line in the legend; the marker shape is for the current price.
      pointStyle: 'line',
      spanGaps: false,
    },
  ];
  const { current } = series;
  if (current.breakEvenUnits !== null) {
    datasets.push({
      label: 'Current price',
      data: [{ x: major(current.priceMinor), y: Math.min(current.breakEvenUnits, unitsAxisMax) }],
      showLine: false,
      pointStyle: 'rectRot',
      pointRadius: 8,
      pointHoverRadius: 10,
      borderColor: '#ffffff',
      borderWidth: 1.5,
      backgroundColor: '#b45309',
    });
  }

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
          min: major(series.points[0]?.priceMinor ?? 0),
          max: major(series.points.at(-1)?.priceMinor ?? 0),
          title: { display: true, text: `Price per unit (${currency})`, color: axisColor },
          ticks: { callback: compactMoney(currency) },
          grid: { color: gridColor },
        },
        y: {
          type: 'linear',
          min: 0,
          max: unitsAxisMax,
          title: { display: true, text: 'Sales to break even', color: axisColor },
          grid: { color: gridColor },
        },
      },
      plugins: {
        legend: { position: 'bottom', labels: { usePointStyle: true } },
        tooltip: {
          callbacks: {
            label: (context) =>
              `At ${money(context.parsed.x ?? 0)}: ${unitsFormat.format(context.parsed.y ?? 0)} sales to break even`,
          },
        },
      },
    },
  };
}
