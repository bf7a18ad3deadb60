import type { PricingInputs, SummaryChart } from '@shared/pricing';
import type { ChartConfiguration } from 'chart.js';
import { Chart } from './chartSetup';
import { scenarioChartSet } from './scenarioChartSet';

type LineConfig = ChartConfiguration<'line', { x: number; y: number | null }[]>;

/** Drawn at twice the printed size so the lines stay sharp on paper. */
const widthPx = 1000;
const heightPx = 600;

function pngOf(config: LineConfig): string {
  const canvas = document.createElement('canvas');
  canvas.width = widthPx;
  canvas.height = heightPx;
  const chart = new Chart(canvas, {
    ...config,
    options: { ...config.options, responsive: false, animation: false, devicePixelRatio: 1 },
  });
  const image = chart.toBase64Image('image/png');
  chart.destroy();
  return image;
}

/** The editor's two charts as PNG images, for the printed summary (which runs no scripts). */
export function scenarioChartImages(name: string, inputs: PricingInputs): SummaryChart[] {
  const charts = scenarioChartSet(name, inputs);
  return [charts.profit, charts.byPrice].map((chart) => ({
    title: chart.title,
    description: chart.summary,
    imageDataUrl: pngOf(chart.config),
  }));
}
