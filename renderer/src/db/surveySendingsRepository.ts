import { newId, nowIso } from '@shared/ids';
import type { ClientSource } from '@shared/model/client';
import type { AnswerDraft, AnswerOrigin, SurveySending } from '@shared/surveys';
import { answerRecords, newSending, sendingRefusal } from '@shared/surveys';
import { surveyMilestones } from '@shared/touches/surveyMilestones';
import type { ClienteleDatabase } from './database';
import { relationshipTables } from './relationshipTables';
import { logAppTouches } from './touchesRepository';

/** Named operations on survey sendings and their answers. */

export async function createSending(
  db: ClienteleDatabase,
  surveyId: string,
  projectId: string,
  contactId: string,
  businessName: string,
): Promise<SurveySending> {
  return db.transaction('rw', db.surveys, db.projects, db.clients, db.surveySendings, async () => {
    const [survey, project] = await Promise.all([db.surveys.get(surveyId), db.projects.get(projectId)]);
    if (!survey) throw new Error('The chosen survey no longer exists.');
    if (!project) throw new Error('This project no longer exists.');
    const client = await db.clients.get(project.clientId);
    if (!client) throw new Error('The client of this project no longer exists.');
    const refusal = sendingRefusal(client);
    if (refusal) throw new Error(refusal);
    const contact = client.contacts.find((person) => person.id === contactId) ?? client.contacts[0];
    const sending = newSending(survey, project, client, contact, businessName, {
      id: newId(),
      now: nowIso(),
    });
    await db.surveySendings.add(sending);
    return sending;
  });
}

/** The tables a sending's status change writes: the sending, and the touch it logs. */
function sendingTables(db: ClienteleDatabase) {
  return [db.surveySendings, db.surveyAnswers, db.clients, ...relationshipTables(db)];
}

/** Stores a sending's new state and logs "survey sent" / "survey answered" on the client's timeline. */
async function putSending(db: ClienteleDatabase, before: SurveySending, after: SurveySending): Promise<void> {
  await db.surveySendings.put(after);
  await logAppTouches(db, surveyMilestones(before, after));
}

export async function markSendingSent(db: ClienteleDatabase, id: string, sentOn: string): Promise<void> {
  await db.transaction('rw', sendingTables(db), async () => {
    const sending = await db.surveySendings.get(id);
    if (!sending || sending.status === 'answered') return;
    await putSending(db, sending, {
      ...sending,
      status: 'sent',
      sentOn: sending.sentOn || sentOn,
      updatedAt: nowIso(),
    });
  });
}

export async function markSendingDeclined(
  db: ClienteleDatabase,
  id: string,
  declinedOn: string,
): Promise<void> {
  await db.surveySendings.update(id, { status: 'declined', declinedOn, updatedAt: nowIso() });
}

export class AlreadyAnsweredError extends Error {
  constructor() {
    super('This survey has already been answered. Replace the saved answers, or keep them?');
  }
}

/**
 * Saves the answers to one sending in one transaction and marks it answered. An answered
 * sending is only overwritten when `replace` is set; otherwise AlreadyAnsweredError.
 */
export async function saveSendingAnswers(
  db: ClienteleDatabase,
  sendingId: string,
  draft: AnswerDraft,
  origin: AnswerOrigin,
  answeredOn: string,
  replace = false,
): Promise<number> {
  return db.transaction('rw', sendingTables(db), async () => {
    const sending = await db.surveySendings.get(sendingId);
    if (!sending) throw new Error('The sending these answers belong to no longer exists.');
    if (sending.status === 'answered' && !replace) throw new AlreadyAnsweredError();
    const now = nowIso();
    const records = answerRecords(sending, draft, origin, answeredOn, newId, now);
    await db.surveyAnswers.where('sendingId').equals(sendingId).delete();
    await db.surveyAnswers.bulkAdd(records);
    await putSending(db, sending, {
      ...sending,
      status: 'answered',
      sentOn: sending.sentOn || answeredOn,
      answeredOn,
      updatedAt: now,
    });
    return records.length;
  });
}

/** Saves many sendings' answers (a Forms CSV) in one transaction: all or nothing. */
export async function saveManyAnswers(
  db: ClienteleDatabase,
  rows: { sendingId: string; draft: AnswerDraft; answeredOn: string }[],
  origin: AnswerOrigin,
): Promise<number> {
  return db.transaction('rw', sendingTables(db), async () => {
    let saved = 0;
    for (const row of rows)
      saved += await saveSendingAnswers(db, row.sendingId, row.draft, origin, row.answeredOn, true);
    return saved;
  });
}

export async function setClientSource(
  db: ClienteleDatabase,
  clientId: string,
  source: ClientSource,
): Promise<void> {
  await db.transaction('rw', db.clients, async () => {
    const client = await db.clients.get(clientId);
    if (!client) throw new Error('This client no longer exists.');
    await db.clients.put({ ...client, source, updatedAt: nowIso() });
  });
}

/** One sending; undefined when there is no such sending (any more). */
export function getSending(db: ClienteleDatabase, id: string): Promise<SurveySending | undefined> {
  return db.surveySendings.get(id);
}
