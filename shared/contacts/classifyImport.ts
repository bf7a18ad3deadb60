import type { ImportedMarketing } from '../import/marketingColumns';
import type { ClientDetails } from '../model/client';
import { compareWithExisting, type FieldDifference } from './compareClients';
import { isWeakMatchKey } from './matchKeys';
import { canBeSamePerson } from './sameValues';

/** What the import knows of one incoming client (an ImportedContact fits). */
export interface IncomingClient {
  row: number;
  details: ClientDetails;
  /** clientMatchKeys(details). */
  matchKeys: readonly string[];
  /** A tag the import adds to every client, left out when comparing and merging. */
  batchTag: string;
  marketing?: ImportedMarketing | undefined;
}

/**
 * new: matches nothing. duplicate: matches an existing client and disagrees on nothing (it may
 * still add an email or a tag). conflict: matches one and has different values in fields both
 * fill. file-duplicate: matches no existing client but an earlier row of the same file.
 */
export type ImportRowStatus = 'new' | 'duplicate' | 'conflict' | 'file-duplicate';

interface ImportRowMatch {
  status: ImportRowStatus;
  /** The existing client it matches (duplicate, conflict), else null. */
  existingId: string | null;
  /** Other existing clients sharing a key with it, if it matches several. */
  alsoMatches: string[];
  /** file-duplicate: the index (in the incoming list) of the earlier row it repeats. */
  earlierIndex: number | null;
  /**
   * Against the existing client or the earlier row. What "fill empty fields" would add is left
   * to fillEmptyReport, for the rows the preview shows: computing it for every row is wasted work.
   */
  differences: FieldDifference[];
}

export interface ImportClassification {
  /** One per incoming client, in the same order. */
  matches: ImportRowMatch[];
  counts: Record<ImportRowStatus, number>;
}

/**
 * Match key → the existing clients with that key, as the client list index gives them
 * (matchKeyMap): one id, or several when clients share a key (a client imported "as new" beside
 * its match).
 */
export type MatchKeyLookup = ReadonlyMap<string, string | readonly string[]>;

/** Builds the lookup from clients and their stored match keys. */
export function matchKeyIndex(
  clients: Iterable<{ id: string; matchKeys: readonly string[] }>,
): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const client of clients) {
    for (const key of client.matchKeys) {
      const ids = index.get(key);
      if (ids) ids.push(client.id);
      else index.set(key, [client.id]);
    }
  }
  return index;
}

/** The existing clients the incoming ones match: the database loads these before classifying. */
export function matchedExistingIds(incoming: readonly IncomingClient[], keyToId: MatchKeyLookup): string[] {
  const ids = new Set<string>();
  for (const client of incoming) {
    for (const key of client.matchKeys) {
      const found = keyToId.get(key);
      if (typeof found === 'string') ids.add(found);
      else for (const id of found ?? []) ids.add(id);
    }
  }
  return [...ids];
}

/**
 * Sorts incoming clients into new, duplicates, conflicts and repeats within the file, by their
 * match keys (normalised email, phone, name + organization, LinkedIn profile). A name without
 * an organization matches only when the emails and phones do not tell the two apart. `existingById`
 * must hold the clients matchedExistingIds names. Importing the same file twice finds every
 * row a duplicate the second time.
 */
export function classifyImport(
  incoming: readonly IncomingClient[],
  keyToId: MatchKeyLookup,
  existingById: ReadonlyMap<string, ClientDetails>,
): ImportClassification {
  const counts: Record<ImportRowStatus, number> = { new: 0, duplicate: 0, conflict: 0, 'file-duplicate': 0 };
  const earlierByKey = new Map<string, number>();
  const matches = incoming.map((client, index): ImportRowMatch => {
    const match = classifyOne(client, keyToId, existingById, earlierByKey, incoming);
    for (const key of client.matchKeys) if (!earlierByKey.has(key)) earlierByKey.set(key, index);
    counts[match.status] += 1;
    return match;
  });
  return { matches, counts };
}

function classifyOne(
  client: IncomingClient,
  keyToId: MatchKeyLookup,
  existingById: ReadonlyMap<string, ClientDetails>,
  earlierByKey: ReadonlyMap<string, number>,
  incoming: readonly IncomingClient[],
): ImportRowMatch {
  // A row shares keys with one or two clients at most: small arrays beat maps here.
  const hits: { id: string; count: number; strong: boolean }[] = [];
  let earlierIndex: number | null = null;
  for (const key of client.matchKeys) {
    const weak = isWeakMatchKey(key);
    const found = keyToId.get(key);
    if (found !== undefined) {
      if (typeof found === 'string') addHit(hits, found, weak);
      else for (const id of found) addHit(hits, id, weak);
    }
    const earlier = earlierByKey.get(key);
    if (earlierIndex === null && earlier !== undefined) {
      const earlierDetails = incoming[earlier]?.details;
      if (earlierDetails && (!weak || canBeSamePerson(earlierDetails, client.details)))
        earlierIndex = earlier;
    }
  }
  const ranked = hits.filter((hit) => {
    if (hit.strong) return true;
    const existing = existingById.get(hit.id);
    return existing !== undefined && canBeSamePerson(existing, client.details);
  });
  if (ranked.length > 1) ranked.sort((a, b) => b.count - a.count);
  if (ranked.length > 0) {
    const compared = withoutBatchTag(client);
    // Its twin (a client it does not disagree with, e.g. itself imported before) beats the one sharing most keys.
    let chosen: { id: string; differences: FieldDifference[] } | null = null;
    for (const { id } of ranked) {
      const existing = existingById.get(id);
      const differences = existing ? compareWithExisting(existing, compared) : [];
      if (chosen === null || differences.length === 0) chosen = { id, differences };
      if (differences.length === 0) break;
    }
    const { id, differences } = chosen as { id: string; differences: FieldDifference[] };
    return {
      status: differences.length > 0 ? 'conflict' : 'duplicate',
      existingId: id,
      alsoMatches: ranked.filter((hit) => hit.id !== id).map((hit) => hit.id),
      earlierIndex: null,
      differences,
    };
  }
  const earlier = earlierIndex === null ? undefined : incoming[earlierIndex];
  if (earlier && earlierIndex !== null) {
    return {
      status: 'file-duplicate',
      existingId: null,
      alsoMatches: [],
      earlierIndex,
      differences: compareWithExisting(earlier.details, withoutBatchTag(client)),
    };
  }
  return { status: 'new', existingId: null, alsoMatches: [], earlierIndex: null, differences: [] };
}

function addHit(hits: { id: string; count: number; strong: boolean }[], id: string, weak: boolean): void {
  const hit = hits.find((candidate) => candidate.id === id);
  if (hit) {
    hit.count += 1;
    hit.strong ||= !weak;
  } else {
    hits.push({ id, count: 1, strong: !weak });
  }
}

/** The incoming details as they would merge into another client: without the batch tag. */
export function withoutBatchTag(client: IncomingClient): ClientDetails {
  if (!client.batchTag) return client.details;
  const tag = client.batchTag.toLowerCase();
  return {
    ...client.details,
    tags: client.details.tags.filter((candidate) => candidate.toLowerCase() !== tag),
  };
}
