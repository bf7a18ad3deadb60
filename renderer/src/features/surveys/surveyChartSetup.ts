import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';

// Registration is global and additive: the pricing charts register their own line pieces.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export { Chart };
