import {
  type InsightClient,
  type InsightProject,
  insightClient,
  insightProject,
} from '@shared/insights/book';
import type { ClientActivityLink, MarketingActivity } from '@shared/model/marketing';
import { linksWithReferrals } from '@shared/touches/referralChannel';
import { liveQuery, type Subscription } from 'dexie';
import type { ClienteleDatabase } from './database';
import { hasRelationshipLog } from './relationshipTables';

/** Everything the insights figures are computed from, read once and kept until the data changes. */
export interface InsightsBook {
  clients: InsightClient[];
  projects: InsightProject[];
  activities: MarketingActivity[];
  /** Links of clients that still exist; a referred client with no other source counts as "referral". */
  links: ClientActivityLink[];
  serviceNames: ReadonlyMap<string, string>;
}

/** Records read per step, so no step holds the page for long. */
const chunkSize = 4000;
/** Writes often come in bursts (an import, a triage session): read again once they pause. */
const reloadDelayMs = 400;

async function readInChunks<T extends { id: string }, R>(
  table: { where(index: string): { above(key: string): { limit(n: number): { toArray(): Promise<T[]> } } } },
  convert: (row: T) => R,
): Promise<R[]> {
  const result: R[] = [];
  let lastId = '';
  for (;;) {
    const chunk = await table.where(':id').above(lastId).limit(chunkSize).toArray();
    for (const row of chunk) result.push(convert(row));
    if (chunk.length < chunkSize) return result;
    lastId = (chunk[chunk.length - 1] as T).id;
  }
}

/**
 * The insights screens' copy of the client book: small records (see InsightClient), loaded in
 * chunks on first use and read again a moment after any write to the tables they come from.
 */
export class InsightsBookSource {
  private book: InsightsBook | null = null;
  private readonly listeners = new Set<() => void>();
  private watch: Subscription | null = null;
  private reloadTimer: ReturnType<typeof setTimeout> | undefined;
  private loading: Promise<void> | null = null;

  constructor(private readonly db: ClienteleDatabase) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    this.start();
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): InsightsBook | null => this.book;

  private start(): void {
    if (this.watch) return;
    let first = true;
    // Counting observes the whole of each table, so any write to them wakes this up.
    this.watch = liveQuery(() =>
      Promise.all([this.db.clients.count(), this.db.projects.count(), this.db.serviceTypes.count()]),
    ).subscribe({
      next: () => {
        if (first) {
          first = false;
          void this.reload();
          return;
        }
        clearTimeout(this.reloadTimer);
        this.reloadTimer = setTimeout(() => void this.reload(), reloadDelayMs);
      },
      error: () => undefined,
    });
    // Tracing a client writes one link: re-read only the small marketing tables, not the book.
    let firstMarketing = true;
    liveQuery(() =>
      Promise.all([
        this.db.marketingActivities.count(),
        this.db.clientActivityLinks.count(),
        hasRelationshipLog(this.db) ? this.db.referrals.count() : 0,
      ]),
    ).subscribe({
      next: () => {
        if (firstMarketing) {
          firstMarketing = false;
          return;
        }
        void this.reloadMarketing();
      },
      error: () => undefined,
    });
  }

  private reloadMarketing(): Promise<void> {
    const previous = this.loading ?? Promise.resolve();
    this.loading = previous
      .then(async () => {
        const book = this.book;
        if (!book) return;
        const [activities, links] = await this.readMarketing(book.clients);
        this.book = { ...book, activities, links };
        for (const listener of this.listeners) listener();
      })
      .finally(() => {
        this.loading = null;
      });
    return this.loading;
  }

  private async readMarketing(
    clients: readonly InsightClient[],
  ): Promise<[MarketingActivity[], ClientActivityLink[]]> {
    const [activities, links, referrals] = await Promise.all([
      this.db.marketingActivities.toArray(),
      this.db.clientActivityLinks.toArray(),
      hasRelationshipLog(this.db) ? this.db.referrals.toArray() : [],
    ]);
    const clientIds = new Set(clients.map((client) => client.id));
    const kept = links.filter((link) => clientIds.has(link.clientId));
    return [activities, linksWithReferrals(kept, referrals, clients)];
  }

  private reload(): Promise<void> {
    const previous = this.loading ?? Promise.resolve();
    this.loading = previous
      .then(() => this.read())
      .finally(() => {
        this.loading = null;
      });
    return this.loading;
  }

  private async read(): Promise<void> {
    const clients = await readInChunks(this.db.clients, insightClient);
    const projects = await readInChunks(this.db.projects, insightProject);
    const serviceTypes = await this.db.serviceTypes.toArray();
    const clientIds = new Set(clients.map((client) => client.id));
    const [activities, links] = await this.readMarketing(clients);
    this.book = {
      clients,
      projects: projects.filter((project) => clientIds.has(project.clientId)),
      activities,
      links,
      serviceNames: new Map(serviceTypes.map((type) => [type.id, type.name])),
    };
    for (const listener of this.listeners) listener();
  }
}
