import { isValidIsoDate } from '../dates/isoDate';
import { newId, nowIso } from '../ids';
import type { ClientKind } from '../model/client';
import { collapseWhitespace } from '../text/normalize';
import type { FieldErrors } from '../validation/fieldErrors';

/** How to handle several cards that would go to one organization or one address. */
const duplicateChoices = ['organization', 'per-person', 'household'] as const;
export type DuplicateChoice = (typeof duplicateChoices)[number];

export const duplicateChoiceLabels: Record<DuplicateChoice, string> = {
  organization: 'One card to the organization',
  'per-person': 'One card per person',
  household: 'One card naming everyone',
};

/** Which clients a list takes in by itself, before anyone is added or removed by hand. */
export interface MailingRules {
  kinds: ClientKind[];
  /** Did business (a project that went ahead) within this many years; null for any time. */
  businessWithinYears: number | null;
  /** Has any of these tags; empty for no tag rule. */
  tags: string[];
  requireCompleteAddress: boolean;
  /** Leaves out clients who opted out of post or asked not to be contacted at all. */
  excludeNoPost: boolean;
}

const defaultMailingRules: MailingRules = {
  kinds: ['b2b', 'b2g'],
  businessWithinYears: 2,
  tags: [],
  requireCompleteAddress: true,
  excludeNoPost: true,
};

/** A named list for one year, e.g. "Holiday cards 2026". */
export interface MailingList {
  id: string;
  name: string;
  year: number;
  rules: MailingRules;
  /** Clients put on the list by hand, whatever the rules say. */
  addedClientIds: string[];
  /** Clients taken off the list by hand, whatever the rules say. */
  removedClientIds: string[];
  /** The user's choice per duplicate case, keyed by the case's stable id. */
  duplicateChoices: Record<string, DuplicateChoice>;
  /** ISO date the cards went out, or '' until then. */
  sentOn: string;
  /** The clients who got a card, recorded when the list was marked sent. */
  sentClientIds: string[];
  /** When the user unlocked the sent list to edit it; '' (or missing) while it is locked. */
  unlockedAt?: string;
  createdAt: string;
  updatedAt: string;
}

export function newMailingList(year: number, now: Date = new Date(), id: string = newId()): MailingList {
  const stamp = nowIso(now);
  return {
    id,
    name: `Holiday cards ${year}`,
    year,
    rules: { ...defaultMailingRules, kinds: [...defaultMailingRules.kinds], tags: [] },
    addedClientIds: [],
    removedClientIds: [],
    duplicateChoices: {},
    sentOn: '',
    sentClientIds: [],
    createdAt: stamp,
    updatedAt: stamp,
  };
}

export function validateMailingList(
  list: Pick<MailingList, 'name' | 'year' | 'rules' | 'sentOn'>,
): FieldErrors {
  const errors: FieldErrors = {};
  if (collapseWhitespace(list.name) === '') errors.name = 'Give the list a name.';
  if (!Number.isInteger(list.year) || list.year < 1900 || list.year > 9999) {
    errors.year = 'Enter a year such as 2026.';
  }
  const years = list.rules.businessWithinYears;
  if (years !== null && (!Number.isInteger(years) || years < 1 || years > 100)) {
    errors['rules.businessWithinYears'] = 'Enter a whole number of years from 1 to 100.';
  }
  if (list.sentOn !== '' && !isValidIsoDate(list.sentOn)) errors.sentOn = 'Enter a date.';
  return errors;
}

function without(ids: readonly string[], clientId: string): string[] {
  return ids.filter((id) => id !== clientId);
}

function withId(ids: readonly string[], clientId: string): string[] {
  return ids.includes(clientId) ? [...ids] : [...ids, clientId];
}

/** Puts a client on the list whatever the rules say; remembered as added by hand. */
export function addClientByHand(list: MailingList, clientId: string, now: Date = new Date()): MailingList {
  return {
    ...list,
    addedClientIds: withId(list.addedClientIds, clientId),
    removedClientIds: without(list.removedClientIds, clientId),
    updatedAt: nowIso(now),
  };
}

/** Takes a client off the list whatever the rules say; remembered as removed by hand. */
export function removeClientByHand(list: MailingList, clientId: string, now: Date = new Date()): MailingList {
  return {
    ...list,
    addedClientIds: without(list.addedClientIds, clientId),
    removedClientIds: withId(list.removedClientIds, clientId),
    updatedAt: nowIso(now),
  };
}

/** Forgets a hand-made choice: the rules decide about the client again. */
export function letRulesDecide(list: MailingList, clientId: string, now: Date = new Date()): MailingList {
  return {
    ...list,
    addedClientIds: without(list.addedClientIds, clientId),
    removedClientIds: without(list.removedClientIds, clientId),
    updatedAt: nowIso(now),
  };
}

export function chooseForDuplicateCase(
  list: MailingList,
  caseId: string,
  choice: DuplicateChoice,
  now: Date = new Date(),
): MailingList {
  return {
    ...list,
    duplicateChoices: { ...list.duplicateChoices, [caseId]: choice },
    updatedAt: nowIso(now),
  };
}

/** Records that the cards went out, and to whom, so next year's list can tell who is new. */
export function markListSent(
  list: MailingList,
  sentClientIds: readonly string[],
  sentOn: string,
  now: Date = new Date(),
): MailingList {
  return {
    ...list,
    sentOn,
    sentClientIds: [...new Set(sentClientIds)].sort(),
    unlockedAt: '',
    updatedAt: nowIso(now),
  };
}

export function markListNotSent(list: MailingList, now: Date = new Date()): MailingList {
  return { ...list, sentOn: '', sentClientIds: [], unlockedAt: '', updatedAt: nowIso(now) };
}

/** What the user decided about a client by hand, if anything. */
export type HandChoice = 'added' | 'removed' | 'rules';

export function handChoiceOf(
  list: Pick<MailingList, 'addedClientIds' | 'removedClientIds'>,
  clientId: string,
) {
  if (list.addedClientIds.includes(clientId)) return 'added' as HandChoice;
  if (list.removedClientIds.includes(clientId)) return 'removed' as HandChoice;
  return 'rules' as HandChoice;
}

/** Puts back a hand-made choice as it was, e.g. to undo an add or a remove. */
export function withHandChoice(
  list: MailingList,
  clientId: string,
  choice: HandChoice,
  now: Date = new Date(),
): MailingList {
  if (choice === 'added') return addClientByHand(list, clientId, now);
  if (choice === 'removed') return removeClientByHand(list, clientId, now);
  return letRulesDecide(list, clientId, now);
}
