import type { ProgressCallback } from './types';

/**
 * Long parses hand the thread back now and then, so a worker can receive a cancel message and a
 * page stays responsive. A MessageChannel round trip is used rather than setTimeout, which
 * browsers slow to 4 ms once timers nest.
 */
function yieldToEventLoop(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export interface WorkPacer {
  /** Reports progress and, when the thread has been busy long enough, yields; throws if cancelled. */
  step(fraction: number): Promise<void>;
}

const busyMillisBeforeYield = 40;

/**
 * Paces a long job: progress reaches the callback at most once per slice of busy time, and
 * cancelling through the signal rejects with the signal's reason (an AbortError by default).
 * The fraction is mapped into [from, to] so several stages share one progress bar.
 */
export function createWorkPacer(
  options: { onProgress?: ProgressCallback | undefined; signal?: AbortSignal | undefined },
  from = 0,
  to = 1,
): WorkPacer {
  let lastYield = performance.now();
  return {
    async step(fraction) {
      options.signal?.throwIfAborted();
      if (performance.now() - lastYield < busyMillisBeforeYield) return;
      options.onProgress?.(from + (to - from) * Math.min(1, Math.max(0, fraction)));
      await yieldToEventLoop();
      lastYield = performance.now();
      options.signal?.throwIfAborted();
    },
  };
}
