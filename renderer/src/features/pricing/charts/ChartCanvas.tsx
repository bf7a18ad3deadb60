import type { ChartConfiguration, ChartType } from 'chart.js';
import { useEffect, useId, useRef } from 'react';
import { Chart } from './chartSetup';

interface ChartCanvasProps<TType extends ChartType, TData, TLabel> {
  config: ChartConfiguration<TType, TData, TLabel>;
  /** What the chart is, for the canvas's accessible name. */
  label: string;
  /** The chart in words: shown under it and read as its description. */
  summary: string;
  /** The box the canvas fills; its CSS sets the chart's height. */
  frameClassName?: string;
}

/**
 * A Chart.js chart on a canvas: made in an effect, destroyed when the config changes or the
 * component goes. Callers memoise the config so typing elsewhere does not redraw it.
 */
export function ChartCanvas<TType extends ChartType, TData, TLabel>({
  config,
  label,
  summary,
  frameClassName = 'chart__canvas',
}: ChartCanvasProps<TType, TData, TLabel>) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const summaryId = useId();
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, config);
    return () => chart.destroy();
  }, [config]);
  return (
    <figure className="chart">
      <div className={frameClassName}>
        <canvas ref={canvas} role="img" aria-label={label} aria-describedby={summaryId} />
      </div>
      <figcaption className="chart__summary" id={summaryId}>
        {summary}
      </figcaption>
    </figure>
  );
}
