import {
  type ClientListEntry,
  type ClientListFilters,
  type ClientSortField,
  clientListEntry,
  compareListEntries,
  listEntryMatcher,
} from '@shared/clients/listQuery';
import type { MatchKeyLookup } from '@shared/contacts/classifyImport';
import type { Client } from '@shared/model/client';
import type { Settings } from '@shared/model/settings';
import type { ClienteleDatabase } from './database';

/** Clients read per step while loading, so no step blocks the page for long. */
const loadChunkSize = 1000;

/**
 * The client list's in-memory index: each client's precomputed sort and search keys (not its
 * details), kept in step with the database by clientListSync. Filtering 20,000 entries takes
 * milliseconds, where listing 20,000 keys from IndexedDB alone takes over 150 ms. Rows are
 * still read from the database, for the visible window only.
 */
export class ClientListIndex {
  private entries = new Map<string, ClientListEntry>();
  private sorted = new Map<ClientSortField, ClientListEntry[]>();
  private tagList: string[] | null = null;
  private revision = 0;
  private loaded = false;
  private loading: Promise<void> | null = null;
  private changedWhileLoading = false;
  private readonly listeners = new Set<() => void>();

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Changes whenever the index does; -1 until it has loaded. */
  getRevision = (): number => (this.loaded ? this.revision : -1);

  get size(): number {
    return this.entries.size;
  }

  /** Reads every client's keys from the database, in chunks; again if writes came meanwhile. */
  load(db: ClienteleDatabase): Promise<void> {
    this.loading ??= this.readAll(db).finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  private async readAll(db: ClienteleDatabase): Promise<void> {
    do {
      this.changedWhileLoading = false;
      const entries = new Map<string, ClientListEntry>();
      let lastId = '';
      for (;;) {
        const chunk = await db.clients.where(':id').above(lastId).limit(loadChunkSize).toArray();
        for (const client of chunk) entries.set(client.id, clientListEntry(client));
        if (chunk.length < loadChunkSize) break;
        lastId = (chunk.at(-1) as Client).id;
      }
      this.entries = entries;
    } while (this.changedWhileLoading);
    this.loaded = true;
    this.changed();
  }

  /** Applies committed writes: the entries of clients stored (added or changed) and clients deleted. */
  apply(stored: readonly ClientListEntry[], deletedIds: readonly string[]): void {
    if (this.loading) this.changedWhileLoading = true;
    for (const id of deletedIds) this.entries.delete(id);
    for (const entry of stored) this.entries.set(entry.id, entry);
    this.changed();
  }

  /** Forgets everything and reads it again, for writes it cannot follow (clearing a table). */
  reload(db: ClienteleDatabase): Promise<void> {
    if (this.loading) {
      this.changedWhileLoading = true;
      return this.loading;
    }
    return this.load(db);
  }

  /** The ids of the clients that match, in list order. */
  query(
    filters: ClientListFilters,
    settings: Settings,
    today: string,
    onCardList: ((entry: ClientListEntry) => boolean) | null = null,
  ): string[] {
    const ordered = this.sortedBy(filters.sort);
    const matches = listEntryMatcher(filters, settings, today, onCardList);
    const ids: string[] = [];
    const count = ordered.length;
    for (let step = 0; step < count; step += 1) {
      const entry = ordered[filters.descending ? count - 1 - step : step] as ClientListEntry;
      if (!matches || matches(entry)) ids.push(entry.id);
    }
    return ids;
  }

  /** Tags in use, alphabetically, each once. */
  tags(): string[] {
    if (!this.tagList) {
      const tags = new Set<string>();
      for (const entry of this.entries.values()) for (const tag of entry.tags) tags.add(tag);
      this.tagList = [...tags].sort((a, b) => a.localeCompare(b));
    }
    return this.tagList;
  }

  /**
   * Every duplicate-match key (email, phone, name + organization, LinkedIn) → the client with
   * it, or the clients when several share it (one imported "as new" beside its match).
   */
  matchKeyMap(): MatchKeyLookup {
    const map = new Map<string, string | string[]>();
    for (const entry of this.entries.values()) {
      for (const key of entry.matchKeys) {
        const found = map.get(key);
        if (found === undefined) map.set(key, entry.id);
        else if (typeof found === 'string') map.set(key, [found, entry.id]);
        else found.push(entry.id);
      }
    }
    return map;
  }

  private sortedBy(field: ClientSortField): ClientListEntry[] {
    let sorted = this.sorted.get(field);
    if (!sorted) {
      sorted = [...this.entries.values()].sort(compareListEntries(field));
      this.sorted.set(field, sorted);
    }
    return sorted;
  }

  private changed(): void {
    this.sorted.clear();
    this.tagList = null;
    this.revision += 1;
    for (const listener of this.listeners) listener();
  }
}
