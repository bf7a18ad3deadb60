import { Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';

// Only the pieces the pricing charts use, so the bundle leaves the rest of Chart.js out.
Chart.register(LineController, LineElement, PointElement, LinearScale, Legend, Tooltip);

export { Chart };

/** Up to four compared scenarios, told apart by line style and marker shape as well as colour. */
export const seriesStyles = [
  { color: '#3b4fd8', dash: [] as number[], marker: 'circle' },
  { color: '#b45309', dash: [8, 4], marker: 'rect' },
  { color: '#047857', dash: [2, 3], marker: 'triangle' },
  { color: '#9333ea', dash: [12, 4, 2, 4], marker: 'rectRot' },
] as const;

export const axisColor = '#5b6475';
export const gridColor = '#e5e7eb';
