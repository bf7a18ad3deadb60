import type { Client } from '@shared/model/client';
import type { Project, ServiceType } from '@shared/model/project';
import type { Survey, SurveyAnswer, SurveySending } from '@shared/surveys';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../appDatabase';
import { projectsOfClient } from '../projectsRepository';
import { listServiceTypes } from '../serviceTypesRepository';

/** Named live reads of surveys, sendings and answers for components: undefined while loading. */

export function useSurveys(): Survey[] | undefined {
  return useLiveQuery(() => db.surveys.toArray(), []);
}

/** Surveys that can still be sent (not retired). */
export function useSendableSurveys(): Survey[] | undefined {
  return useLiveQuery(() => db.surveys.filter((survey) => !survey.retired).toArray(), []);
}

/** One survey: null when there is no such survey (any more) or no id. */
export function useSurvey(id: string | undefined): Survey | null | undefined {
  return useLiveQuery(async () => (id ? ((await db.surveys.get(id)) ?? null) : null), [id]);
}

export function useSendingsOfSurvey(surveyId: string): SurveySending[] | undefined {
  return useLiveQuery(() => db.surveySendings.where('surveyId').equals(surveyId).toArray(), [surveyId]);
}

/** Sendings not answered yet (draft or sent), newest first. */
export function useSendingsAwaitingAnswers(): SurveySending[] | undefined {
  return useLiveQuery(
    () =>
      db.surveySendings
        .where('status')
        .anyOf('draft', 'sent')
        .toArray((rows) => rows.sort((a, b) => b.createdAt.localeCompare(a.createdAt))),
    [],
  );
}

export interface SendingWithAnswers {
  sending: SurveySending;
  answers: SurveyAnswer[];
  client: Client | undefined;
}

/** One sending with its answers and client: null when there is no such sending (any more). */
export function useSendingWithAnswers(id: string): SendingWithAnswers | null | undefined {
  return useLiveQuery(async () => {
    const sending = await db.surveySendings.get(id);
    if (!sending) return null;
    const [answers, client] = await Promise.all([
      db.surveyAnswers.where('sendingId').equals(id).toArray(),
      db.clients.get(sending.clientId),
    ]);
    return { sending, answers, client };
  }, [id]);
}

export interface ClientSurveyRecords {
  projects: Project[];
  sendings: SurveySending[];
  answers: SurveyAnswer[];
}

/** A client's projects with the surveys sent for them and the answers. */
export function useClientSurveyRecords(clientId: string): ClientSurveyRecords | undefined {
  return useLiveQuery(async () => {
    const [projects, sendings, answers] = await Promise.all([
      projectsOfClient(db, clientId),
      db.surveySendings.where('clientId').equals(clientId).toArray(),
      db.surveyAnswers.where('clientId').equals(clientId).toArray(),
    ]);
    return { projects, sendings, answers };
  }, [clientId]);
}

export interface SurveyResultsRecords {
  surveys: Survey[];
  sendings: SurveySending[];
  answers: SurveyAnswer[];
  serviceTypes: ServiceType[];
}

/** Every survey, sending and answer, and the service types to filter them by. */
export function useSurveyResultsRecords(): SurveyResultsRecords | undefined {
  return useLiveQuery(async () => {
    const [surveys, sendings, answers, serviceTypes] = await Promise.all([
      db.surveys.toArray(),
      db.surveySendings.toArray(),
      db.surveyAnswers.toArray(),
      listServiceTypes(db),
    ]);
    return { surveys, sendings, answers, serviceTypes };
  }, []);
}

/** Sendings that went out and have no answer yet (status 'sent'), for Home's reminders. */
export function useSentSurveysAwaitingAnswer(): SurveySending[] | undefined {
  return useLiveQuery(() => db.surveySendings.where('status').equals('sent').toArray(), []);
}
