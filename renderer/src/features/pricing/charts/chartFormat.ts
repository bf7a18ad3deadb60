import type { ChartConfiguration, ChartDataset, Chart as ChartType, LegendItem } from 'chart.js';
import { Chart } from './chartSetup';

type XYPoint = { x: number; y: number | null };
export type LineChartConfig = ChartConfiguration<'line', XYPoint[]>;
export type LineDataset = ChartDataset<'line', XYPoint[]>;

/** Axis ticks in short money: "$1.2K", "-$500". Without one currency, plain short numbers. */
export function compactMoney(currency: string | null, locale?: string): (value: number | string) => string {
  const format = new Intl.NumberFormat(
    locale,
    currency
      ? { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }
      : { notation: 'compact', maximumFractionDigits: 1 },
  );
  return (value) => format.format(Number(value));
}

/** Tooltip money in full: "$1,234.50". The chart's values are in major units already. */
export function fullMoney(currency: string, locale?: string): (value: number) => string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
  return (value) => format.format(value);
}

export const unitsFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

const maxLegendChars = 40;

/**
 * Legend entries drawn as a short line in each series' own dash, so the series can be told
 * apart without colour; names cut to fit (the legend does not wrap). `keep` leaves out
 * datasets, like break-even markers, that need no entry.
 */
export function lineLegendLabels(keep: (datasetIndex: number) => boolean) {
  return (chart: ChartType): LegendItem[] =>
    Chart.defaults.plugins.legend.labels
      .generateLabels(chart)
      .filter((item) => item.datasetIndex === undefined || keep(item.datasetIndex))
      .map((item) => ({
        ...item,
        pointStyle: 'line',
        text:
          item.text.length > maxLegendChars
            ? `${item.text.slice(0, maxLegendChars - 1).trimEnd()}…`
            : item.text,
      }));
}
