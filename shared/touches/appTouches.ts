import type { AppTouchEvent, Touch, TouchKind } from '../model/touch';

interface AppTouchShape {
  kind: TouchKind;
  quiet: boolean;
  summary: (subject: string) => string;
}

/** How each thing the app logs by itself reads in the timeline, and whether it is contact. */
const appTouchShapes: Record<AppTouchEvent, AppTouchShape> = {
  'survey-sent': { kind: 'email', quiet: false, summary: (subject) => `Survey sent: ${subject}` },
  'survey-answered': { kind: 'message', quiet: false, summary: (subject) => `Survey answered: ${subject}` },
  'holiday-card-sent': {
    kind: 'letter',
    quiet: false,
    summary: (subject) => `Holiday card sent (${subject})`,
  },
  'import-created': { kind: 'note', quiet: true, summary: (subject) => `Added by importing ${subject}` },
  'import-filled': { kind: 'note', quiet: true, summary: (subject) => `Details filled in from ${subject}` },
  'project-started': { kind: 'note', quiet: false, summary: (subject) => `Project started: ${subject}` },
  'project-finished': { kind: 'note', quiet: false, summary: (subject) => `Project finished: ${subject}` },
};

export interface AppTouchInput {
  event: AppTouchEvent;
  clientId: string;
  /** The local date it happened on. */
  date: string;
  /** What it is about: survey or project title, file name, list name. */
  subject: string;
  id: string;
  /** The moment of the write (ISO date-time). */
  now: string;
  /** The project, mailing list, import batch or survey it is about. */
  sourceId?: string;
}

/** The touch the app stores when something happens to a client elsewhere in the app. */
export function appTouch(input: AppTouchInput): Touch {
  const shape = appTouchShapes[input.event];
  const touch: Touch = {
    id: input.id,
    clientId: input.clientId,
    kind: shape.kind,
    date: input.date,
    personId: '',
    summary: shape.summary(input.subject),
    notes: '',
    followUp: null,
    createdAt: input.now,
    updatedAt: input.now,
    loggedAt: input.now,
    appEvent: input.event,
    quiet: shape.quiet,
  };
  if (input.sourceId) touch.sourceId = input.sourceId;
  return touch;
}
