import type { FiguresRequest, ShownFigures } from '@shared/insights/figures';
import { figuresKey } from '@shared/insights/figures';
import { liveQuery, type Subscription } from 'dexie';
import type { ClienteleDatabase } from './database';
import { readStamp } from './dataChangeStamp';
import type { ComputedFigures } from './insightsWorker/figuresWork';
import type { SavedShownFigures } from './insightsWorker/savedFigures';

/** What a screen shows: figures (null until the first arrive) and whether they match the data now. */
export interface FiguresState {
  figures: ShownFigures | null;
  /** False while the book has changed since these figures were computed: say so on screen. */
  current: boolean;
  /** Why the figures could not be worked out, in words; null when all is well. */
  failure: string | null;
}

interface Entry {
  request: FiguresRequest;
  state: FiguresState;
  /** The data-change stamp the figures were computed at; null before any figures. */
  stamp: string | null;
  listeners: Set<() => void>;
  /** Saved figures are looked for before computing, so a start with unchanged data computes nothing. */
  savedLooked: boolean;
  computing: boolean;
}

export interface FiguresSourceDeps {
  compute: (request: FiguresRequest) => Promise<ComputedFigures>;
  loadSaved: (key: string) => Promise<SavedShownFigures | undefined>;
}

/** Writes often come in bursts (an import, a triage session): recompute once they pause. */
const recomputeDelayMs = 400;
const loading: FiguresState = { figures: null, current: false, failure: null };

/**
 * The insights figures for this session: kept in memory per screen and options, first filled
 * from the figures saved at the last computation, and recomputed in the worker whenever the
 * data-change stamp has moved since. Screens show kept figures at once, marked out of date
 * while newer ones are being worked out.
 */
export class InsightsFiguresSource {
  private readonly entries = new Map<string, Entry>();
  private stamp: string | null = null;
  private watch: Subscription | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly db: ClienteleDatabase,
    private readonly deps: FiguresSourceDeps,
  ) {}

  subscribe(request: FiguresRequest, listener: () => void): () => void {
    const key = figuresKey(request);
    let entry = this.entries.get(key);
    if (!entry) {
      entry = {
        request,
        state: loading,
        stamp: null,
        listeners: new Set(),
        savedLooked: false,
        computing: false,
      };
      this.entries.set(key, entry);
      void this.loadSaved(key, entry);
    }
    entry.listeners.add(listener);
    this.startWatching();
    this.refresh(entry);
    return () => {
      entry.listeners.delete(listener);
    };
  }

  /** Watches the data-change stamp before any screen asks for figures. */
  start(): void {
    this.startWatching();
  }

  getState(request: FiguresRequest): FiguresState {
    return this.entries.get(figuresKey(request))?.state ?? loading;
  }

  private startWatching(): void {
    if (this.watch) return;
    let first = true;
    this.watch = liveQuery(() => readStamp(this.db.dataChangeStamps)).subscribe({
      next: (stamp) => {
        this.stamp = stamp;
        clearTimeout(this.timer);
        if (first) {
          first = false;
          this.refreshWatched();
        } else {
          for (const entry of this.entries.values()) this.update(entry, { current: entry.stamp === stamp });
          this.timer = setTimeout(() => this.refreshWatched(), recomputeDelayMs);
        }
      },
      error: () => undefined,
    });
  }

  private refreshWatched(): void {
    for (const entry of this.entries.values()) if (entry.listeners.size > 0) this.refresh(entry);
  }

  private async loadSaved(key: string, entry: Entry): Promise<void> {
    const saved = await this.deps.loadSaved(key).catch(() => undefined);
    entry.savedLooked = true;
    if (saved && entry.stamp === null) {
      entry.stamp = saved.stamp;
      this.update(entry, { figures: saved.figures, current: saved.stamp === this.stamp });
    }
    this.refresh(entry);
  }

  /** Recomputes the entry's figures when the data moved on since; they stay shown meanwhile. */
  private refresh(entry: Entry): void {
    if (this.stamp === null || !entry.savedLooked || entry.computing) return;
    if (entry.stamp === this.stamp) {
      this.update(entry, { current: true });
      return;
    }
    entry.computing = true;
    this.deps.compute(entry.request).then(
      ({ figures, stamp }) => {
        entry.computing = false;
        entry.stamp = stamp;
        this.update(entry, { figures, current: stamp === this.stamp, failure: null });
        if (entry.listeners.size > 0 && stamp !== this.stamp) this.refresh(entry);
      },
      (error: unknown) => {
        entry.computing = false;
        const message = error instanceof Error ? error.message : String(error);
        this.update(entry, { failure: `The figures could not be worked out: ${message}` });
      },
    );
  }

  private update(entry: Entry, change: Partial<FiguresState>): void {
    const next = { ...entry.state, ...change };
    if (
      next.figures === entry.state.figures &&
      next.current === entry.state.current &&
      next.failure === entry.state.failure
    )
      return;
    entry.state = next;
    for (const listener of entry.listeners) listener();
  }
}
