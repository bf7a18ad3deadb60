import { readySurveyQuestions } from '@shared/surveys';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../../renderer/src/db/clientsRepository';
import { ClienteleDatabase } from '../../../renderer/src/db/database';
import { createProject } from '../../../renderer/src/db/projectsRepository';
import { schemaVersions } from '../../../renderer/src/db/schema';
import { createSending, saveSendingAnswers } from '../../../renderer/src/db/surveySendingsRepository';
import { saveSurvey } from '../../../renderer/src/db/surveysRepository';
import { clientDetails } from '../support/clients';
import { databaseAtVersion, projectDetails } from './testDatabase';

const surveysVersion = 4;
const versionBefore = Math.max(...schemaVersions.map((s) => s.version).filter((v) => v < surveysVersion));

describe('schema version 4: surveys', () => {
  it('keeps the clients and projects of a filled database and adds working survey tables', async () => {
    const name = `surveys-upgrade-${crypto.randomUUID()}`;
    const old = databaseAtVersion(name, versionBefore);
    await old.open();
    const clientId = await createClient(
      old,
      clientDetails('b2c', { given: 'Зоя', family: 'Ødegård', email: 'z@example.org' }),
    );
    const projectId = await createProject(old, projectDetails(clientId, { title: 'Logo' }));
    old.close();

    const current = new ClienteleDatabase(name);
    await current.open();
    const client = await current.clients.get(clientId);
    expect(client?.contacts[0]?.givenName).toBe('Зоя');
    expect((await current.projects.get(projectId))?.title).toBe('Logo');
    expect(await current.surveys.count()).toBe(0);

    let n = 0;
    const surveyId = await saveSurvey(
      current,
      undefined,
      'After',
      readySurveyQuestions('Acme', () => `q${++n}`),
    );
    const sending = await createSending(current, surveyId, projectId, client?.contacts[0]?.id ?? '', 'Acme');
    expect(sending.contactName).toBe('Зоя Ødegård');
    expect(await current.surveySendings.where('projectId').equals(projectId).count()).toBe(1);
    await saveSendingAnswers(current, sending.id, { q9: 10 }, 'hand', '2026-11-20');
    expect(await current.surveyAnswers.where('clientId').equals(clientId).count()).toBe(1);
    current.close();
  });
});
