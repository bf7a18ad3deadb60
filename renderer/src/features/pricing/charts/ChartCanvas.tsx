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
  /** When to draw: calls `draw` later and returns a cancel; without it the chart is drawn at once. */
  schedule?: (canvas: HTMLCanvasElement, draw: () => void) => () => void;
}

function drawAtOnce(_canvas: HTMLCanvasElement, draw: () => void): () => void {
  draw();
  return () => {};
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
  schedule,
}: ChartCanvasProps<TType, TData, TLabel>) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const summaryId = useId();
  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    const drawn: { chart?: Chart<TType, TData, TLabel> } = {};
    const draw = () => {
      drawn.chart = new Chart(element, config);
    };
    const cancel = (schedule ?? drawAtOnce)(element, draw);
    return () => {
      cancel();
      drawn.chart?.destroy();
    };
  }, [config, schedule]);
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
