/** The holiday-card mailing list: who is on it, their cards, checks, and the mail-merge file. */
export { addressProblems, isIncompleteAddressProblem } from './addressProblems';
export { cardLabelText } from './cardLabelText';
export type { DuplicateCase } from './duplicates';
export {
  applyDuplicateChoices,
  effectiveChoice,
  findMailingDuplicates,
  rememberMatchKeys,
} from './duplicates';
export { mailingFileName } from './fileNames';
export { findClientsByWords } from './findClients';
export { formatAddressLines } from './formatAddress';
export type { MailingEntry } from './mailingEntry';
export { cardLabelLines, mailingEntriesForClient, mailingEntry } from './mailingEntry';
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
export type { CardOverview, PreviousList } from './mailingOverview';
export { describeCards, exclusionCounts } from './mailingOverview';
export { mailMergeCsv } from './mailMergeCsv';

export type {
  ExcludedRecipient,
  ExclusionReason,
} from './selectRecipients';
export { exclusionReasonLabels, exclusionReasons, selectRecipients } from './selectRecipients';
export {
  isListLocked,
  isSentListUnlocked,
  lockedListMessage,
  lockSentList,
  sentOnText,
  unlockQuestion,
  unlockSentList,
} from './sentListLock';
export { previousSentList } from './yearOverYear';
