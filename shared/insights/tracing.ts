import type { ClientActivityLink, MarketingActivity, MarketingChannel } from '../model/marketing';
import { marketingChannels } from '../model/marketing';
import { normalizeForMatch } from './normalizeSource';

export interface TraceCandidate {
  id: string;
  createdAt: string;
  sourceChannel: string;
  sourceDetail: string;
}

/** A client has a known source once linked to an activity or channel, or given a source on the form. */
function hasKnownSource(client: TraceCandidate, linked: ReadonlySet<string>): boolean {
  return linked.has(client.id) || client.sourceChannel !== '' || client.sourceDetail.trim() !== '';
}

/**
 * Clients with no known source, newest first: the user remembers how a recent client found
 * them fastest, so the triage starts there.
 */
export function untracedClientIds(
  clients: readonly TraceCandidate[],
  links: readonly ClientActivityLink[],
): string[] {
  const linked = new Set(links.map((link) => link.clientId));
  return clients
    .filter((client) => !hasKnownSource(client, linked))
    .sort((a, b) => (a.createdAt > b.createdAt ? -1 : a.createdAt < b.createdAt ? 1 : a.id < b.id ? -1 : 1))
    .map((client) => client.id);
}

export type TraceChoice =
  | { key: string; kind: 'activity'; activityId: string; channel: MarketingChannel; label: string }
  | { key: string; kind: 'channel'; channel: MarketingChannel; label: string };

const activityKeys = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
/** Letters for channels, skipping s (skip) and u (undo). */
const channelKeys = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n'];

/** One key per recent activity (1–9, most recent start first) and per channel (letters). */
export function traceChoices(
  activities: readonly MarketingActivity[],
  channelLabels: Record<MarketingChannel, string>,
): TraceChoice[] {
  const recent = [...activities]
    .sort((a, b) =>
      a.startDate > b.startDate ? -1 : a.startDate < b.startDate ? 1 : a.name.localeCompare(b.name),
    )
    .slice(0, activityKeys.length);
  return [
    ...recent.map((activity, index) => ({
      key: activityKeys[index] as string,
      kind: 'activity' as const,
      activityId: activity.id,
      channel: activity.channel,
      label: activity.name,
    })),
    ...marketingChannels.map((channel, index) => ({
      key: channelKeys[index] as string,
      kind: 'channel' as const,
      channel,
      label: channelLabels[channel],
    })),
  ];
}

export interface FreeTextSource {
  /** The most common spelling, to name the new activity by. */
  text: string;
  clientIds: string[];
}

/** Free-text sources typed for at least `minClients` clients not yet linked: candidates for activities. */
export function repeatedFreeTextSources(
  clients: readonly TraceCandidate[],
  links: readonly ClientActivityLink[],
  minClients = 3,
): FreeTextSource[] {
  const linked = new Set(links.map((link) => link.clientId));
  const groups = new Map<string, { spellings: Map<string, number>; clientIds: string[] }>();
  for (const client of clients) {
    const text = client.sourceDetail.trim();
    if (text === '' || linked.has(client.id)) continue;
    const key = normalizeForMatch(text);
    const group = groups.get(key) ?? { spellings: new Map<string, number>(), clientIds: [] };
    groups.set(key, group);
    group.spellings.set(text, (group.spellings.get(text) ?? 0) + 1);
    group.clientIds.push(client.id);
  }
  return [...groups.values()]
    .filter((group) => group.clientIds.length >= minClients)
    .map((group) => ({
      text:
        [...group.spellings.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '',
      clientIds: group.clientIds,
    }))
    .sort((a, b) => b.clientIds.length - a.clientIds.length || a.text.localeCompare(b.text));
}
