import type { FiguresRequest, FiguresScreen, ShownFiguresByScreen } from '@shared/insights/figures';
import { figuresKey } from '@shared/insights/figures';
import { useCallback, useRef, useSyncExternalStore } from 'react';
import { insightsFigures } from './appDatabase';
import type { FiguresState } from './insightsFigures';

export interface ScreenFigures<S extends FiguresScreen> extends Omit<FiguresState, 'figures'> {
  figures: ShownFiguresByScreen[S] | null;
}

/**
 * One screen's insights figures, kept and recomputed off the main thread (insightsFigures.ts).
 * When the options change (a date range, a setting), the figures for the old ones stay on
 * screen, marked not current, until the new ones arrive: the controls never disappear.
 */
export function useInsightsFigures<S extends FiguresScreen>(
  request: Extract<FiguresRequest, { screen: S }>,
): ScreenFigures<S> {
  const key = figuresKey(request);
  // The request is rebuilt on every render; its key says when it really changed.
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed by figuresKey(request)
  const subscribe = useCallback(
    (listener: () => void) => insightsFigures.subscribe(request, listener),
    [key],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed by figuresKey(request)
  const getState = useCallback(() => insightsFigures.getState(request), [key]);
  const state = useSyncExternalStore(subscribe, getState);
  const shown = useRef(state);
  if (state.figures) shown.current = state;
  const result =
    state.figures || !shown.current.figures
      ? state
      : { ...shown.current, current: false, failure: state.failure };
  return result as ScreenFigures<S>;
}
