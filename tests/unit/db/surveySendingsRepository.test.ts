import { readySurveyQuestions } from '@shared/surveys';
import { describe, expect, it } from 'vitest';
import { createClient, deleteClient } from '../../../renderer/src/db/clientsRepository';
import { createProject, deleteProject } from '../../../renderer/src/db/projectsRepository';
import {
  AlreadyAnsweredError,
  createSending,
  markSendingSent,
  saveSendingAnswers,
} from '../../../renderer/src/db/surveySendingsRepository';
import { saveSurvey } from '../../../renderer/src/db/surveysRepository';
import { restoreFromTrash } from '../../../renderer/src/db/trashRepository';
import { clientDetails } from '../support/clients';
import { freshDatabase, projectDetails } from './testDatabase';

async function setUp(doNotContact = false) {
  const db = await freshDatabase();
  const details = clientDetails('b2b', { organization: 'Acme', given: 'Ana', family: 'Ruiz' });
  const clientId = await createClient(db, { ...details, doNotContact });
  const projectId = await createProject(db, projectDetails(clientId));
  let n = 0;
  const questions = readySurveyQuestions('Studio', () => `q${++n}`);
  const surveyId = await saveSurvey(db, undefined, 'After the project', questions);
  return { db, clientId, projectId, surveyId };
}

describe('survey sendings', () => {
  it('refuses to send to a do-not-contact client, saying why', async () => {
    const { db, projectId, surveyId } = await setUp(true);
    await expect(createSending(db, surveyId, projectId, '', 'Studio')).rejects.toThrow(/do not contact/);
    expect(await db.surveySendings.count()).toBe(0);
  });

  it('keeps the questions a sending went out with when the survey is edited later', async () => {
    const { db, projectId, surveyId } = await setUp();
    const sending = await createSending(db, surveyId, projectId, '', 'Studio');
    const first = (await db.surveys.get(surveyId))?.questions[0];
    if (!first) throw new Error('the survey has questions');
    await saveSurvey(db, surveyId, 'Renamed', [{ ...first, text: 'Changed?' }]);
    const stored = await db.surveySendings.get(sending.id);
    expect(stored?.questions).toHaveLength(12);
    expect(stored?.questions[0]?.text).toBe('What service did Studio provide for you?');
  });

  it('saves answers with their question text, and replaces them only when asked', async () => {
    const { db, projectId, surveyId } = await setUp();
    const sending = await createSending(db, surveyId, projectId, '', 'Studio');
    await saveSendingAnswers(db, sending.id, { q1: 'Branding', q9: 9 }, 'pdf', '2026-11-20');
    const answers = await db.surveyAnswers.where('sendingId').equals(sending.id).toArray();
    expect(answers.map((a) => a.questionText).sort()).toEqual([
      'What service did Studio provide for you?',
      'Would you recommend Studio to a friend or colleague?',
    ]);
    expect((await db.surveySendings.get(sending.id))?.status).toBe('answered');

    await expect(saveSendingAnswers(db, sending.id, { q9: 3 }, 'pdf', '2026-11-21')).rejects.toBeInstanceOf(
      AlreadyAnsweredError,
    );
    expect(await db.surveyAnswers.where('sendingId').equals(sending.id).count()).toBe(2);
    await saveSendingAnswers(db, sending.id, { q9: 3 }, 'pdf', '2026-11-21', true);
    const replaced = await db.surveyAnswers.where('sendingId').equals(sending.id).toArray();
    expect(replaced.map((a) => a.value)).toEqual([3]);
  });

  it('takes the survey sent for a project and its answers away with the project, and undo brings them back', async () => {
    const { db, projectId, surveyId } = await setUp();
    const sending = await createSending(db, surveyId, projectId, '', 'Studio');
    await saveSendingAnswers(db, sending.id, { q9: 9 }, 'pdf', '2026-11-20');
    const trashId = await deleteProject(db, projectId);
    expect(await db.surveySendings.count()).toBe(0);
    expect(await db.surveyAnswers.count()).toBe(0);
    await restoreFromTrash(db, trashId);
    expect((await db.surveySendings.get(sending.id))?.status).toBe('answered');
    expect(
      (await db.surveyAnswers.where('sendingId').equals(sending.id).toArray()).map((a) => a.value),
    ).toEqual([9]);
  });

  it('takes the surveys of a deleted client away with it, and undo brings them back', async () => {
    const { db, clientId, projectId, surveyId } = await setUp();
    const sending = await createSending(db, surveyId, projectId, '', 'Studio');
    await saveSendingAnswers(db, sending.id, { q9: 4 }, 'pdf', '2026-11-20');
    const trashId = await deleteClient(db, clientId);
    expect(await db.surveySendings.where('clientId').equals(clientId).count()).toBe(0);
    expect(await db.surveyAnswers.where('clientId').equals(clientId).count()).toBe(0);
    await restoreFromTrash(db, trashId);
    expect(await db.surveySendings.where('clientId').equals(clientId).count()).toBe(1);
    expect(await db.surveyAnswers.where('clientId').equals(clientId).count()).toBe(1);
  });
});

describe('survey touches on the client timeline', () => {
  it('logs "survey sent" and "survey answered" once each, and moves last contacted', async () => {
    const { db, clientId, projectId, surveyId } = await setUp();
    const sending = await createSending(db, surveyId, projectId, '', 'Studio');
    await markSendingSent(db, sending.id, '2026-11-02');
    await markSendingSent(db, sending.id, '2026-11-03');
    await saveSendingAnswers(db, sending.id, { q9: 9 }, 'pdf', '2026-11-20');
    await saveSendingAnswers(db, sending.id, { q9: 10 }, 'pdf', '2026-11-21', true);
    const touches = await db.touches.where('clientId').equals(clientId).toArray();
    const survey = touches.filter((touch) => touch.sourceId === sending.id);
    expect(survey.map((touch) => [touch.summary, touch.date]).sort()).toEqual([
      ['Survey answered: After the project', '2026-11-20'],
      ['Survey sent: After the project', '2026-11-02'],
    ]);
    expect((await db.clients.get(clientId))?.lastContactedOn).toBe('2026-11-20');
  });
});
