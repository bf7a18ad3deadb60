/** The holiday-card mailing list: who is on it, their cards, checks, and the mail-merge file. */

export { addressProblems, isIncompleteAddressProblem } from './addressProblems';
export type { DuplicateCase } from './duplicates';
export { effectiveChoice, findMailingDuplicates } from './duplicates';
export { mailingFileName } from './fileNames';
export { findClientsByWords } from './findClients';
export { formatAddressLines } from './formatAddress';
export type { MailingEntry } from './mailingEntry';
export { cardLabelLines, mailingEntriesForClient } from './mailingEntry';
export type { DuplicateChoice, HandChoice, MailingList, MailingRules } from './mailingList';
export {
  addClientByHand,
  chooseForDuplicateCase,
  duplicateChoiceLabels,
  handChoiceOf,
  markListNotSent,
  markListSent,
  newMailingList,
  removeClientByHand,
  validateMailingList,
  withHandChoice,
} from './mailingList';
export type { CardOverview } from './mailingOverview';
export { describeCards, exclusionCounts } from './mailingOverview';
export { mailMergeCsv } from './mailMergeCsv';

export type {
  ExcludedRecipient,
  ExclusionReason,
} from './selectRecipients';
export { exclusionReasonLabels, exclusionReasons, selectRecipients } from './selectRecipients';

export { previousSentList } from './yearOverYear';
