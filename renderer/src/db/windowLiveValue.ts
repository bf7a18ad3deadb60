import { liveQuery, type Subscription } from 'dexie';
import { useSyncExternalStore } from 'react';

/**
 * A small read kept live for the life of the window once started: Dexie re-runs it after every
 * write (in this tab or another) that touches what it read, so a screen that shows it again
 * renders the current value at once instead of waiting for a fresh IndexedDB round trip.
 */
export interface WindowLiveValue<T> {
  /** Starts the live read if it is not running yet. */
  start(): void;
  /** Ends the live read; the next `start` or subscriber begins a fresh one. */
  stop(): void;
  subscribe(listener: () => void): () => void;
  /** The latest value; undefined until the first read has finished. */
  current(): T | undefined;
}

export function windowLiveValue<T>(query: () => Promise<T>): WindowLiveValue<T> {
  let value: T | undefined;
  let failure: { error: unknown } | undefined;
  let subscription: Subscription | undefined;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  const live: WindowLiveValue<T> = {
    start() {
      subscription ??= liveQuery(query).subscribe({
        next: (next) => {
          value = next;
          failure = undefined;
          notify();
        },
        error: (error: unknown) => {
          // The observable is finished after an error: the next start reads afresh.
          subscription = undefined;
          failure = { error };
          notify();
        },
      });
    },
    stop() {
      subscription?.unsubscribe();
      subscription = undefined;
      value = undefined;
      failure = undefined;
    },
    subscribe(listener) {
      listeners.add(listener);
      live.start();
      return () => {
        listeners.delete(listener);
      };
    },
    current() {
      if (failure) throw failure.error;
      return value;
    },
  };
  return live;
}

/** The value for a component: re-renders on each change; a failed read throws to the error boundary. */
export function useWindowLiveValue<T>(live: WindowLiveValue<T>): T | undefined {
  return useSyncExternalStore(live.subscribe, live.current);
}
