import type { DuplicateCase, MailingCard } from './duplicates';
import { applyDuplicateChoices, findMailingDuplicates } from './duplicates';
import type { MailingClient, MailingEntry, MailingProblem, MailingSettings } from './mailingEntry';
import { mailingEntriesForClient } from './mailingEntry';
import type { MailingList } from './mailingList';
import type {
  ExclusionReason,
  IncludedRecipient,
  RecipientCandidate,
  RecipientSelection,
} from './selectRecipients';
import { selectRecipients } from './selectRecipients';
import type { YearOverYear } from './yearOverYear';
import { compareWithPreviousList } from './yearOverYear';

/** A card as the list screen shows it: what is printed, and what to tell the user about it. */
export interface CardOverview {
  card: MailingCard;
  /** The problems of the card's entries (address, missing name), each once. */
  problems: MailingProblem[];
  /** One of the card's clients was put on the list by hand. */
  addedByHand: boolean;
  /** Against the previous list marked sent: 'again' when a client on the card got a card
   * then, 'new' when none did; null when there is no such list to compare with. */
  lastYear: 'new' | 'again' | null;
}

export type PreviousList = Pick<MailingList, 'id' | 'year' | 'sentOn' | 'sentClientIds'>;

/** Every candidate card of the clients on the list, in the clients' order. */
function recipientEntries(
  included: readonly IncludedRecipient<MailingClient>[],
  settings: MailingSettings,
): MailingEntry[] {
  return included.flatMap(({ client }) => mailingEntriesForClient(client, settings));
}

function uniqueProblems(entries: readonly MailingEntry[]): MailingProblem[] {
  const seen = new Set<string>();
  return entries
    .flatMap((entry) => entry.problems)
    .filter((problem) => {
      if (seen.has(problem.message)) return false;
      seen.add(problem.message);
      return true;
    });
}

/**
 * A card's problems and its overview are the same while the card (made from the same entries)
 * and its flags are: remembered, so re-filtering does not redo thousands of unchanged cards.
 */
const cardProblems = new WeakMap<MailingCard, MailingProblem[]>();
const cardOverviews = new WeakMap<MailingCard, CardOverview>();

function problemsOf(card: MailingCard, entryById: () => Map<string, MailingEntry>): MailingProblem[] {
  let problems = cardProblems.get(card);
  if (!problems) {
    const byId = entryById();
    problems = uniqueProblems(card.entryIds.flatMap((id) => byId.get(id) ?? []));
    cardProblems.set(card, problems);
  }
  return problems;
}

function overviewOf(
  card: MailingCard,
  addedByHand: boolean,
  lastYear: CardOverview['lastYear'],
  entryById: () => Map<string, MailingEntry>,
): CardOverview {
  const known = cardOverviews.get(card);
  if (known && known.addedByHand === addedByHand && known.lastYear === lastYear) return known;
  const overview = { card, problems: problemsOf(card, entryById), addedByHand, lastYear };
  cardOverviews.set(card, overview);
  return overview;
}

/** The cards after the user's duplicate choices, with their flags and last year's comparison. */
export function describeCards(
  entries: readonly MailingEntry[],
  cases: readonly DuplicateCase[],
  list: Pick<MailingList, 'duplicateChoices' | 'addedClientIds'>,
  previous: PreviousList | undefined,
): { cards: CardOverview[]; recipientClientIds: string[]; yearOverYear: YearOverYear } {
  const cards = applyDuplicateChoices(entries, cases, list.duplicateChoices);
  const recipientClientIds = [...new Set(cards.flatMap((card) => card.clientIds))];
  const yearOverYear = compareWithPreviousList(recipientClientIds, previous);
  const gotCard = new Set(yearOverYear.gotCardLastYear);
  const added = new Set(list.addedClientIds);
  let entryById: Map<string, MailingEntry> | undefined;
  const entriesById = () => {
    entryById ??= new Map(entries.map((entry) => [entry.id, entry]));
    return entryById;
  };
  const compared = yearOverYear.previousListId !== null;
  return {
    cards: cards.map((card) =>
      overviewOf(
        card,
        card.clientIds.some((id) => added.has(id)),
        compared ? (card.clientIds.some((id) => gotCard.has(id)) ? 'again' : 'new') : null,
        entriesById,
      ),
    ),
    recipientClientIds,
    yearOverYear,
  };
}

/** How many left-out clients each reason applies to; a client may count under several. */
export function exclusionCounts(
  selection: Pick<RecipientSelection<unknown>, 'excluded'>,
): Partial<Record<ExclusionReason, number>> {
  const counts: Partial<Record<ExclusionReason, number>> = {};
  for (const { reasons } of selection.excluded) {
    for (const reason of reasons) counts[reason] = (counts[reason] ?? 0) + 1;
  }
  return counts;
}

export interface MailingOverview<C> {
  selection: RecipientSelection<C>;
  entries: MailingEntry[];
  cases: DuplicateCase[];
  cards: CardOverview[];
  recipientClientIds: string[];
  yearOverYear: YearOverYear;
}

/** Everything the list screen shows, in one go: who is on, their cards, and the comparison. */
export function mailingOverview<C extends RecipientCandidate & MailingClient>(
  clients: readonly C[],
  list: MailingList,
  settings: MailingSettings,
  today: string,
  previous: PreviousList | undefined,
): MailingOverview<C> {
  const selection = selectRecipients(clients, list, today);
  const entries = recipientEntries(selection.included, settings);
  const cases = findMailingDuplicates(entries);
  return { selection, entries, cases, ...describeCards(entries, cases, list, previous) };
}
