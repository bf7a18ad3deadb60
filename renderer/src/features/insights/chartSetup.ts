import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

// The insights screens draw bar charts; line pieces are registered by the pricing charts.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export const barColors = ['#3b4fd8', '#b45309', '#047857', '#9333ea', '#be123c', '#0e7490'];
