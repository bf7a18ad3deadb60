/** The holiday-card mailing list: who is on it, their cards, checks, and the mail-merge file. */
export type { AddressProblem, AddressProblemCode } from './addressProblems';
export { addressProblems, isCompleteAddress, isIncompleteAddressProblem } from './addressProblems';
export type { LabelCard } from './cardLabelText';
export { cardLabelText } from './cardLabelText';
export type { DuplicateCase, DuplicateCaseKind, MailingCard } from './duplicates';
export { applyDuplicateChoices, effectiveChoice, findMailingDuplicates } from './duplicates';
export { mailingFileName } from './fileNames';
export { findClientsByWords } from './findClients';
export { destinationCountryLine, formatAddressLines, isDomesticAddress } from './formatAddress';
export type {
  CardContent,
  MailingClient,
  MailingEntry,
  MailingProblem,
  MailingSettings,
} from './mailingEntry';
export { cardLabelLines, mailingEntriesForClient, mailingEntry } from './mailingEntry';
export type { DuplicateChoice, HandChoice, MailingList, MailingRules } from './mailingList';
export {
  addClientByHand,
  chooseForDuplicateCase,
  defaultMailingRules,
  duplicateChoiceLabels,
  duplicateChoices,
  handChoiceOf,
  letRulesDecide,
  markListNotSent,
  markListSent,
  newMailingList,
  removeClientByHand,
  validateMailingList,
  withHandChoice,
} from './mailingList';
export type { CardOverview, MailingOverview, PreviousList } from './mailingOverview';
export { describeCards, exclusionCounts, mailingOverview, recipientEntries } from './mailingOverview';
export { mailMergeColumns, mailMergeCsv } from './mailMergeCsv';
export {
  countriesWithPostalCodePatterns,
  countryUsesPostalCodes,
  postalCodeFitsCountry,
} from './postalCodes';
export type {
  ExcludedRecipient,
  ExclusionReason,
  IncludedRecipient,
  InclusionReason,
  RecipientCandidate,
  RecipientSelection,
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
export type { YearOverYear } from './yearOverYear';
export { compareWithPreviousList, previousSentList } from './yearOverYear';
