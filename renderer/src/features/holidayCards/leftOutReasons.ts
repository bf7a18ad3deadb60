import {
  addressProblems,
  type ExclusionReason,
  exclusionReasonLabels,
  isIncompleteAddressProblem,
} from '@shared/holidayCards';
import type { PostalAddress } from '@shared/model/client';

/** Reasons that are the client's own wish: adding them by hand would not put them on. */
export const wishReasons: ReadonlySet<ExclusionReason> = new Set(['do-not-contact', 'no-post']);

/** The reasons in words; an incomplete address says what is missing ("No postal code"). */
export function reasonsInWords(reasons: readonly ExclusionReason[], address: PostalAddress): string[] {
  return reasons.map((reason) => {
    if (reason !== 'incomplete-address') return exclusionReasonLabels[reason];
    const missing = addressProblems(address).filter(isIncompleteAddressProblem);
    return `${exclusionReasonLabels[reason]}: ${missing.map((problem) => problem.message).join(', ')}`;
  });
}
