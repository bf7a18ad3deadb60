import type { FiguresState } from '../../db/insightsFigures';

/**
 * Says when figures are not (yet) those of the data now: still being read for the first time,
 * being brought up to date after a change, or failed. Shows nothing once they are current.
 */
export function FiguresStatus({ state }: { state: Omit<FiguresState, 'figures'> & { figures: unknown } }) {
  if (state.failure)
    return (
      <p className="form-error" role="alert">
        {state.failure}
      </p>
    );
  if (!state.figures)
    return (
      <p className="loading" aria-live="polite">
        Reading your client book…
      </p>
    );
  if (!state.current)
    return (
      <p className="figures-updating" role="status">
        Updating… these figures are from before your latest changes.
      </p>
    );
  return null;
}
