/**
 * How long each step of a backup or restore took (reading, compressing, writing...), so the
 * window can show them as performance measures: DevTools and the benchmark see where time goes.
 */
export interface BackupPhase {
  name: string;
  /** Wall-clock start (Unix ms, sub-millisecond), comparable across a worker and the window. */
  startedAt: number;
  durationMs: number;
}

export type TimePhase = <T>(name: string, work: () => Promise<T>) => Promise<T>;

export function createPhaseTimes(): { phases: BackupPhase[]; time: TimePhase } {
  const phases: BackupPhase[] = [];
  const time: TimePhase = async (name, work) => {
    const started = performance.now();
    try {
      return await work();
    } finally {
      const durationMs = performance.now() - started;
      phases.push({ name, startedAt: performance.timeOrigin + started, durationMs });
    }
  };
  return { phases, time };
}

/** For callers that do not record phases. */
export const untimed: TimePhase = (_name, work) => work();
