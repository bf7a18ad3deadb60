import { bySortName } from '@shared/clients/sortOrder';
import {
  type DuplicateCase,
  describeCards,
  findMailingDuplicates,
  type MailingEntry,
  type MailingList,
  type PreviousList,
  previousSentList,
  selectRecipients,
} from '@shared/holidayCards';
import type { Client } from '@shared/model/client';
import type { Settings } from '@shared/model/settings';
import { useMemo } from 'react';
import { useClientsByIds } from '../../db/hooks/clientHooks';
import { useClientsOfKinds } from '../../db/mailingCandidates';
import { clientEntriesFor } from './clientEntries';
import { rememberLast } from './rememberLast';

/**
 * The clients the list decides about, live: everyone of the rules' kinds (remembered between
 * visits while no client is written) and anyone of another kind picked by hand.
 */
export function useMailingCandidates(list: MailingList | undefined): Client[] | undefined {
  const pickedIds = list ? [...list.addedClientIds, ...list.removedClientIds] : [];
  const byKind = useClientsOfKinds(list?.rules.kinds);
  const picked = useClientsByIds(pickedIds);
  return useMemo(() => {
    if (!byKind || !picked) return undefined;
    const known = new Set(byKind.map((client) => client.id));
    const others = picked.filter((client) => !known.has(client.id));
    return others.length === 0 ? byKind : [...byKind, ...others].sort(bySortName);
  }, [byKind, picked]);
}

type Included = readonly { client: Client }[];

const selectionOf = rememberLast(
  (clients: readonly Client[], _selectionKey: string, today: string, list: MailingList) =>
    selectRecipients(clients, list, today),
  3,
);

const entriesOf = rememberLast((included: Included, _addressKey: string, settings: Settings) => {
  const entriesOfClient = clientEntriesFor(settings);
  return included.flatMap(({ client }) => entriesOfClient(client));
}, 2);

const clientsByIdOf = rememberLast(
  (clients: readonly Client[]) => new Map(clients.map((client) => [client.id, client])),
  1,
);

const casesOf = rememberLast((entries: readonly MailingEntry[]) => findMailingDuplicates(entries), 1);

const cardsOf = rememberLast(
  (
    entries: readonly MailingEntry[],
    cases: readonly DuplicateCase[],
    _cardsKey: string,
    list: MailingList,
    previous: PreviousList | undefined,
  ) => describeCards(entries, cases, list, previous),
  3,
);

/**
 * Who is on the list, their cards and the comparison with last year, worked out in stages so a
 * duplicate choice does not redo the selection, and a hand-made choice does not reformat every
 * address of a list that did not change. Each stage remembers its last result across visits.
 */
export function useMailingOverview(
  list: MailingList,
  lists: readonly MailingList[],
  clients: readonly Client[],
  settings: Settings,
  today: string,
) {
  const selectionKey = JSON.stringify([list.rules, list.addedClientIds, list.removedClientIds]);
  const selection = selectionOf(clients, selectionKey, today, list);
  const entries = entriesOf(selection.included, JSON.stringify(settings.ownAddress), settings);
  const cases = casesOf(entries);
  const previous = previousSentList(lists, list.year);
  const cardsKey = JSON.stringify([
    list.duplicateChoices,
    list.addedClientIds,
    previous?.id,
    previous?.sentOn,
  ]);
  const described = cardsOf(entries, cases, cardsKey, list, previous);
  return { selection, entries, cases, previous, clientsById: clientsByIdOf(clients), ...described };
}

export type MailingOverviewState = ReturnType<typeof useMailingOverview>;
