import type { MailingList } from './mailingList';

export interface YearOverYear {
  /** The list the comparison is with, or null when no earlier list was marked sent. */
  previousListId: string | null;
  previousYear: number | null;
  /** On this year's list and not sent a card last time. */
  newThisYear: string[];
  /** On this year's list and sent a card last time too. */
  gotCardLastYear: string[];
  /** Sent a card last time but not on this year's list. */
  droppedSinceLastYear: string[];
}

/** The latest list before `year` that was marked sent: the one "last year" means. */
export function previousSentList(lists: readonly MailingList[], year: number): MailingList | undefined {
  let best: MailingList | undefined;
  for (const list of lists) {
    if (list.sentOn === '' || list.year >= year) continue;
    if (!best || list.year > best.year || (list.year === best.year && list.sentOn > best.sentOn)) best = list;
  }
  return best;
}

/**
 * Compares this year's recipients (client ids) with who got a card from the previous list.
 * A previous list that was never marked sent tells nothing, so everyone counts as new.
 */
export function compareWithPreviousList(
  currentClientIds: readonly string[],
  previous: Pick<MailingList, 'id' | 'year' | 'sentOn' | 'sentClientIds'> | undefined,
): YearOverYear {
  const current = [...new Set(currentClientIds)];
  const sent = previous && previous.sentOn !== '' ? previous : undefined;
  const sentIds = new Set(sent?.sentClientIds ?? []);
  const currentIds = new Set(current);
  return {
    previousListId: sent?.id ?? null,
    previousYear: sent?.year ?? null,
    newThisYear: current.filter((id) => !sentIds.has(id)),
    gotCardLastYear: current.filter((id) => sentIds.has(id)),
    droppedSinceLastYear: [...sentIds].filter((id) => !currentIds.has(id)),
  };
}
