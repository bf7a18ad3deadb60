import type { ChartConfiguration } from 'chart.js';
import { useEffect, useId, useRef } from 'react';
import { Chart } from '../pricing/charts/chartSetup';
import { queueChartDrawing } from './chartQueue';

interface QueuedChartCanvasProps {
  config: ChartConfiguration<'bar', number[], string>;
  /** What the chart is, for the canvas's accessible name. */
  label: string;
  /** The chart in words: shown under it and read as its description. */
  summary: string;
}

/** An insights chart: its box and words at once, the drawing once in view, a task later (chartQueue.ts). */
export function QueuedChartCanvas({ config, label, summary }: QueuedChartCanvasProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const summaryId = useId();
  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    let chart: Chart<'bar', number[], string> | null = null;
    let cancel = () => {};
    // A chart further down the screen is drawn when it is scrolled near, not when the screen opens.
    const visibility = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        visibility.disconnect();
        cancel = queueChartDrawing(() => {
          chart = new Chart(element, config);
        });
      },
      { rootMargin: '200px' },
    );
    visibility.observe(element);
    return () => {
      visibility.disconnect();
      cancel();
      chart?.destroy();
    };
  }, [config]);
  return (
    <figure className="chart">
      <div className="insights-chart">
        <canvas ref={canvas} role="img" aria-label={label} aria-describedby={summaryId} />
      </div>
      <figcaption className="chart__summary" id={summaryId}>
        {summary}
      </figcaption>
    </figure>
  );
}
