import { bySortName } from '@shared/clients/sortOrder';
import {
  describeCards,
  findMailingDuplicates,
  type MailingEntry,
  type MailingList,
  mailingEntriesForClient,
  previousSentList,
  selectRecipients,
} from '@shared/mailing';
import type { Client } from '@shared/model/client';
import type { Settings } from '@shared/model/settings';
import { useMemo, useRef } from 'react';
import { useClientsByIds, useClientsOfKinds } from '../../db/hooks/clientHooks';

/**
 * The clients the list decides about, live: everyone of the rules' kinds (one indexed read,
 * again only when the kinds or the clients change) and anyone of another kind picked by hand.
 */
export function useMailingCandidates(list: MailingList | undefined): Client[] | undefined {
  const kinds = list?.rules.kinds ?? [];
  const pickedIds = list ? [...list.addedClientIds, ...list.removedClientIds] : [];
  const byKind = useClientsOfKinds(kinds, list !== undefined);
  const picked = useClientsByIds(pickedIds);
  return useMemo(() => {
    if (!byKind || !picked) return undefined;
    const known = new Set(byKind.map((client) => client.id));
    const others = picked.filter((client) => !known.has(client.id));
    return others.length === 0 ? byKind : [...byKind, ...others].sort(bySortName);
  }, [byKind, picked]);
}

/**
 * Who is on the list, their cards and the comparison with last year, worked out in stages so a
 * duplicate choice does not redo the selection, and a hand-made choice does not reformat every
 * address of a list that did not change.
 */
export function useMailingOverview(
  list: MailingList,
  lists: readonly MailingList[],
  clients: readonly Client[],
  settings: Settings,
  today: string,
) {
  const selectionKey = JSON.stringify([list.rules, list.addedClientIds, list.removedClientIds]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key stands for the list's rules and hand-made choices
  const selection = useMemo(() => selectRecipients(clients, list, today), [clients, selectionKey, today]);
  const entries = useRecipientEntries(selection.included, settings);
  const cases = useMemo(() => findMailingDuplicates(entries), [entries]);
  const previous = previousSentList(lists, list.year);
  const cardsKey = JSON.stringify([
    list.duplicateChoices,
    list.addedClientIds,
    previous?.id,
    previous?.sentOn,
  ]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key stands for the choices and last year's list
  const described = useMemo(() => describeCards(entries, cases, list, previous), [entries, cases, cardsKey]);
  return { selection, entries, cases, previous, ...described };
}

export type MailingOverviewState = ReturnType<typeof useMailingOverview>;

/**
 * The candidate cards of the clients on the list. Each client's cards are remembered until the
 * client record or the sender's address changes, so adding one client by hand works out one
 * client's cards, not thousands.
 */
function useRecipientEntries(included: readonly { client: Client }[], settings: Settings): MailingEntry[] {
  const addressKey = JSON.stringify(settings.ownAddress);
  const remembered = useRef({ addressKey, byClient: new WeakMap<Client, MailingEntry[]>() });
  if (remembered.current.addressKey !== addressKey)
    remembered.current = { addressKey, byClient: new WeakMap() };
  const { byClient } = remembered.current;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key stands for the sender's address
  return useMemo(
    () =>
      included.flatMap(({ client }) => {
        let entries = byClient.get(client);
        if (!entries) {
          entries = mailingEntriesForClient(client, settings);
          byClient.set(client, entries);
        }
        return entries;
      }),
    [included, addressKey],
  );
}
