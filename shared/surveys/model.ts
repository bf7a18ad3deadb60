import type { ClientKind } from '../model/client';

/** Surveys, sendings and answers: the records behind post-project surveys. */

export const questionKinds = [
  'rating10',
  'rating5',
  'yesNo',
  'oneChoice',
  'severalChoices',
  'shortText',
  'longText',
] as const;
export type QuestionKind = (typeof questionKinds)[number];

export const questionKindLabels: Record<QuestionKind, string> = {
  rating10: 'Rating 0–10 (recommend, NPS)',
  rating5: 'Rating 1–5 (satisfaction, CSAT)',
  yesNo: 'Yes / no',
  oneChoice: 'One choice of several',
  severalChoices: 'Several choices',
  shortText: 'Short text',
  longText: 'Long text',
};

/** What an answer feeds elsewhere in the app. */
type QuestionRole = '' | 'source' | 'testimonialPermission';

export interface SurveyQuestion {
  /** Stable across edits, so answers and PDF fields keep pointing at the same question. */
  id: string;
  kind: QuestionKind;
  text: string;
  /** For oneChoice and severalChoices; empty otherwise. */
  choices: string[];
  optional: boolean;
  role: QuestionRole;
}

export interface Survey {
  id: string;
  name: string;
  questions: SurveyQuestion[];
  /** Retired surveys are kept for their results but no longer offered for sending. */
  retired: boolean;
  createdAt: string;
  updatedAt: string;
}

const sendingStatuses = ['draft', 'sent', 'answered', 'declined'] as const;
type SendingStatus = (typeof sendingStatuses)[number];

/** What the project and client pages show; "reminder due" is derived from a sent date. */
export type SendingDisplayStatus = SendingStatus | 'reminderDue';

export const sendingStatusLabels: Record<SendingDisplayStatus, string> = {
  draft: 'Draft',
  sent: 'Sent',
  reminderDue: 'Reminder due',
  answered: 'Answered',
  declined: 'Declined',
};

/** One survey sent for one project: it keeps the exact questions it went out with. */
export interface SurveySending {
  id: string;
  surveyId: string;
  surveyName: string;
  questions: SurveyQuestion[];
  projectId: string;
  projectTitle: string;
  clientId: string;
  /** As they were when the survey went out, so results filter without reading every client. */
  clientName: string;
  clientKind: ClientKind;
  serviceTypeId: string;
  contactId: string;
  contactName: string;
  contactEmail: string;
  businessName: string;
  status: SendingStatus;
  /** ISO dates (YYYY-MM-DD) or ''. */
  sentOn: string;
  answeredOn: string;
  declinedOn: string;
  createdAt: string;
  updatedAt: string;
}

/** A rating, a yes/no ('yes' | 'no'), chosen options, or text. */
export type AnswerValue = number | string | string[];

export type AnswerOrigin = 'pdf' | 'hand' | 'csv';

/** One answer to one question; skipped questions have no answer record. */
export interface SurveyAnswer {
  id: string;
  sendingId: string;
  surveyId: string;
  clientId: string;
  projectId: string;
  questionId: string;
  /** The question as it was asked, kept even if the survey is edited later. */
  questionText: string;
  kind: QuestionKind;
  role: QuestionRole;
  value: AnswerValue;
  /** ISO date the answers came back. */
  answeredOn: string;
  origin: AnswerOrigin;
  createdAt: string;
  updatedAt: string;
}

/** Answers read from a PDF, a form or a CSV row, before they are saved: question id → value. */
export type AnswerDraft = Record<string, AnswerValue>;
