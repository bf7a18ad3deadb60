/** Kinds of touch a user logs by hand. "thank-you" is how a referrer is thanked. */
export const touchKinds = [
  'call',
  'email',
  'meeting',
  'video-call',
  'message',
  'letter',
  'note',
  'thank-you',
] as const;
export type TouchKind = (typeof touchKinds)[number];

export const touchKindLabels: Record<TouchKind, string> = {
  call: 'Call',
  email: 'Email',
  meeting: 'Meeting',
  'video-call': 'Video call',
  message: 'Message',
  letter: 'Letter or card',
  note: 'Note',
  'thank-you': 'Thank-you',
};

/** What the app logs by itself, as touches, when something happens elsewhere in it. */
const appTouchEvents = [
  'survey-sent',
  'survey-answered',
  'holiday-card-sent',
  'import-created',
  'import-filled',
  'project-started',
  'project-finished',
] as const;
export type AppTouchEvent = (typeof appTouchEvents)[number];

/** Something to do for a client by a date: "send the proposal", "check in after the launch". */
export interface FollowUp {
  /** ISO date it is due. */
  dueOn: string;
  action: string;
  /** ISO date it is snoozed until, or '' when not snoozed. */
  snoozedUntil: string;
  /** ISO date it was done, or '' while open. */
  doneOn: string;
}

/** What the user edits about a touch. */
export interface TouchDetails {
  clientId: string;
  kind: TouchKind;
  /** The local date the user picked (YYYY-MM-DD): what "last contacted" counts. */
  date: string;
  /** Id of the contact person at the client, or ''. */
  personId: string;
  summary: string;
  notes: string;
  followUp: FollowUp | null;
}

export interface Touch extends TouchDetails {
  id: string;
  createdAt: string;
  updatedAt: string;
  /** The moment it was logged (ISO date-time): orders touches of the same day. */
  loggedAt: string;
  /** Set when the app logged the touch itself. */
  appEvent?: AppTouchEvent;
  /** A quiet entry shows in the timeline but is not a contact (an import filling in details). */
  quiet: boolean;
  /**
   * What an app-logged touch is about: the project, mailing list, import batch or survey, so
   * undoing that (an import, "mark as sent") removes the touch with it.
   */
  sourceId?: string;
  /**
   * Index key: the date an open follow-up next needs attention (its snooze, else its due
   * date). Absent when there is no open follow-up, so the index holds only open ones.
   */
  followUpOn?: string;
}

/** Who referred a client: another client in the book, or a person outside it. */
export interface Referral {
  id: string;
  createdAt: string;
  updatedAt: string;
  /** The client who was referred (one referral per client). */
  clientId: string;
  /** The referring client, or '' for a person outside the book. */
  referrerClientId: string;
  /** An outside referrer's name and organization ('' for a client referrer). */
  referrerName: string;
  referrerOrganization: string;
  /** ISO date of the referral. */
  referredOn: string;
}
