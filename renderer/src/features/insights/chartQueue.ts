/**
 * Drawing a Chart.js chart takes tens of milliseconds (styles, layout, scales). A screen with
 * five charts drew them all in the task that showed its figures, which then blocked the window
 * for hundreds of milliseconds. Charts wait here and are drawn one per task instead, so the
 * figures and tables show first and the window answers between charts.
 */
const waiting: (() => void)[] = [];
let scheduled = false;

function drawNext(): void {
  const draw = waiting.shift();
  if (draw) draw();
  if (waiting.length > 0) setTimeout(drawNext, 0);
  else scheduled = false;
}

/** Draws a chart on a later task; the returned function cancels it if it has not run yet. */
function queueChartDrawing(draw: () => void): () => void {
  waiting.push(draw);
  if (!scheduled) {
    scheduled = true;
    setTimeout(drawNext, 0);
  }
  return () => {
    const index = waiting.indexOf(draw);
    if (index >= 0) waiting.splice(index, 1);
  };
}

/**
 * Draws a chart when it is scrolled near (a chart further down the screen is not drawn when the
 * screen opens), then on a later task; the returned function cancels either wait.
 */
export function drawWhenNear(canvas: HTMLCanvasElement, draw: () => void): () => void {
  let cancel = () => {};
  const visibility = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      visibility.disconnect();
      cancel = queueChartDrawing(draw);
    },
    { rootMargin: '200px' },
  );
  visibility.observe(canvas);
  return () => {
    visibility.disconnect();
    cancel();
  };
}
