import { bySortName } from '@shared/clients/sortOrder';
import type { Client, ClientKind } from '@shared/model/client';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { clientListIndex, db } from './appDatabase';
import { loadClientsOfKinds } from './mailingListsRepository';

interface Remembered {
  revision: number;
  clients: Client[] | undefined;
  loading: Promise<Client[]>;
}

/**
 * The last read of each kind's clients, with the client list index's revision at the time: the
 * revision moves on every committed client write (from this window or another), so while it
 * stands still the read is still right. Opening a holiday-card list again, or ticking a kind
 * off and on, then costs no database read, where reading 15,000 client records takes seconds.
 */
const rememberedByKind = new Map<ClientKind, Remembered>();

function clientsOfKind(kind: ClientKind, revision: number): Promise<Client[]> {
  const known = rememberedByKind.get(kind);
  if (known?.revision === revision) return known.loading;
  const entry: Remembered = { revision, clients: undefined, loading: loadClientsOfKinds(db, [kind]) };
  rememberedByKind.set(kind, entry);
  entry.loading.then(
    (clients) => {
      entry.clients = clients;
    },
    () => {
      if (rememberedByKind.get(kind) === entry) rememberedByKind.delete(kind);
    },
  );
  return entry.loading;
}

function knownClientsOfKind(kind: ClientKind, revision: number): Client[] | undefined {
  const known = rememberedByKind.get(kind);
  return known?.revision === revision ? known.clients : undefined;
}

let lastCombined: { parts: readonly Client[][]; clients: Client[] } | null = null;

/** The kinds' clients in one list by name; the same array for the same reads. */
function combined(parts: readonly Client[][]): Client[] {
  if (parts.length === 1) return parts[0] ?? [];
  const last = lastCombined;
  if (last && last.parts.length === parts.length && last.parts.every((part, index) => part === parts[index]))
    return last.clients;
  const clients = parts.flat().sort(bySortName);
  lastCombined = { parts, clients };
  return clients;
}

/**
 * The clients of the given kinds, sorted by name, kept up to date with every client write;
 * undefined until the first read. A read that is still right is used at once.
 */
export function useClientsOfKinds(kinds: readonly ClientKind[] | undefined): Client[] | undefined {
  const revision = useSyncExternalStore(clientListIndex.subscribe, clientListIndex.getRevision);
  const sortedKinds = kinds ? [...new Set(kinds)].sort() : undefined;
  const key = sortedKinds ? `${sortedKinds.join(',')}@${revision}` : '';
  const knownParts = sortedKinds?.map((kind) => knownClientsOfKind(kind, revision));
  const allKnown = knownParts?.every((part) => part !== undefined) ? (knownParts as Client[][]) : undefined;
  const [loaded, setLoaded] = useState<Client[][] | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key stands for the kinds and the revision
  useEffect(() => {
    if (!sortedKinds) return;
    let current = true;
    Promise.all(sortedKinds.map((kind) => clientsOfKind(kind, revision))).then(
      (parts) => {
        if (current) setLoaded(parts);
      },
      (error: unknown) => {
        if (current) setFailure(error);
      },
    );
    return () => {
      current = false;
    };
  }, [key]);
  // While a newer read runs, the last one stays on screen rather than a loading message.
  const parts = allKnown ?? loaded ?? undefined;
  const clients = parts ? combined(parts) : undefined;
  // As a live query does: a failed read goes to the error boundary, not into a silent wait.
  if (failure) throw failure;
  if (!kinds) return undefined;
  return clients;
}
