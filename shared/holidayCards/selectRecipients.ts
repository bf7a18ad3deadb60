import { addMonths } from '../dates/isoDate';
import type { Client } from '../model/client';
import { collapseWhitespace, foldForMatching } from '../text/normalize';
import { isCompleteAddress } from './addressProblems';
import type { MailingList, MailingRules } from './mailingList';

export type RecipientCandidate = Pick<
  Client,
  'id' | 'kind' | 'address' | 'permissions' | 'doNotContact' | 'lastProjectDate'
> & { tags: readonly string[] };

type InclusionReason = 'rules' | 'added-by-hand';

export const exclusionReasons = [
  'removed-by-hand',
  'do-not-contact',
  'no-post',
  'post-unknown',
  'kind',
  'no-recent-business',
  'tags',
  'incomplete-address',
] as const;
export type ExclusionReason = (typeof exclusionReasons)[number];

export const exclusionReasonLabels: Record<ExclusionReason, string> = {
  'removed-by-hand': 'Removed by hand',
  'do-not-contact': 'Do not contact',
  'no-post': 'Opted out of post',
  'post-unknown': 'Ask first: post permission not known',
  kind: 'Not a client kind on this list',
  'no-recent-business': 'No business in the chosen years',
  tags: 'None of the chosen tags',
  'incomplete-address': 'Incomplete postal address',
};

export interface IncludedRecipient<C> {
  client: C;
  reason: InclusionReason;
}

export interface ExcludedRecipient<C> {
  client: C;
  /** Every reason that keeps the client off, most decisive first. */
  reasons: ExclusionReason[];
  /** Added by hand but still off the list: they asked not to get post. */
  addedByHand: boolean;
}

export interface RecipientSelection<C> {
  included: IncludedRecipient<C>[];
  excluded: ExcludedRecipient<C>[];
}

/** Checking an address runs every postal rule; a list is re-filtered with the same clients often. */
const completeAddresses = new WeakMap<object, boolean>();

function hasCompleteAddress(address: RecipientCandidate['address']): boolean {
  let complete = completeAddresses.get(address);
  if (complete === undefined) {
    complete = isCompleteAddress(address);
    completeAddresses.set(address, complete);
  }
  return complete;
}

function foldedTag(tag: string): string {
  return foldForMatching(collapseWhitespace(tag));
}

/** Shared by every client it applies to: a list of thousands is re-filtered on each rule change. */
const noReasons: readonly ExclusionReason[] = Object.freeze([]);
const byRules: RecipientDecision = Object.freeze({ included: true, reason: 'rules' });
const byHand: RecipientDecision = Object.freeze({ included: true, reason: 'added-by-hand' });

/** Why the client's wishes keep them off any list that respects them. */
function optOutReasons(client: RecipientCandidate, rules: MailingRules): readonly ExclusionReason[] {
  if (!rules.excludeNoPost || (!client.doNotContact && client.permissions.post !== false)) return noReasons;
  const reasons: ExclusionReason[] = [];
  if (client.doNotContact) reasons.push('do-not-contact');
  if (client.permissions.post === false) reasons.push('no-post');
  return reasons;
}

function ruleReasons(client: RecipientCandidate, rules: MailingRules, cutoff: string, tags: Set<string>) {
  const reasons: ExclusionReason[] = [];
  if (!rules.kinds.includes(client.kind)) reasons.push('kind');
  if (cutoff !== '' && (client.lastProjectDate === '' || client.lastProjectDate < cutoff)) {
    reasons.push('no-recent-business');
  }
  if (tags.size > 0 && !client.tags.some((tag) => tags.has(foldedTag(tag)))) reasons.push('tags');
  // Unknown is "ask first": off the list until the user records a yes or adds the client by hand.
  if (rules.excludeNoPost && client.permissions.post === 'unknown') reasons.push('post-unknown');
  if (rules.requireCompleteAddress && !hasCompleteAddress(client.address)) reasons.push('incomplete-address');
  return reasons;
}

/**
 * Who is on the list and why, and who is not and why. Hand-made choices beat the rules, except
 * that a client who opted out of post or asked not to be contacted stays off while the list
 * respects that (rules.excludeNoPost), even when added by hand: their wish comes first.
 * `today` is an ISO date; "within N years" counts back from it.
 */
export function selectRecipients<C extends RecipientCandidate>(
  clients: readonly C[],
  list: Pick<MailingList, 'rules' | 'addedClientIds' | 'removedClientIds'>,
  today: string,
): RecipientSelection<C> {
  const decide = recipientDecider(list, today);
  const selection: RecipientSelection<C> = { included: [], excluded: [] };
  for (const client of clients) {
    const decision = decide(client);
    if (decision.included) selection.included.push({ client, reason: decision.reason });
    else selection.excluded.push({ client, reasons: decision.reasons, addedByHand: decision.addedByHand });
  }
  return selection;
}

export type RecipientDecision =
  | { included: true; reason: InclusionReason }
  | { included: false; reasons: ExclusionReason[]; addedByHand: boolean };

/** Decides one client at a time, with the list's sets and cut-off worked out once. */
export function recipientDecider(
  list: Pick<MailingList, 'rules' | 'addedClientIds' | 'removedClientIds'>,
  today: string,
): (client: RecipientCandidate) => RecipientDecision {
  const { rules } = list;
  const added = new Set(list.addedClientIds);
  const removed = new Set(list.removedClientIds);
  const tags = new Set(rules.tags.map(foldedTag).filter((tag) => tag !== ''));
  const cutoff = rules.businessWithinYears === null ? '' : addMonths(today, -12 * rules.businessWithinYears);
  return (client) => {
    const addedByHand = added.has(client.id);
    const optOuts = optOutReasons(client, rules);
    if (removed.has(client.id)) {
      return { included: false, reasons: ['removed-by-hand', ...optOuts], addedByHand: false };
    }
    if (optOuts.length > 0) return { included: false, reasons: [...optOuts], addedByHand };
    if (addedByHand) return byHand;
    const reasons = ruleReasons(client, rules, cutoff, tags);
    if (reasons.length === 0) return byRules;
    return { included: false, reasons, addedByHand: false };
  };
}
