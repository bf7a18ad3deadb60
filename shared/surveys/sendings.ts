import { clientDisplayName, personName } from '../clients/names';
import {
  type AcquisitionChannel,
  acquisitionChannelLabels,
  acquisitionChannels,
  type Client,
  type ClientSource,
  type ContactPerson,
} from '../model/client';
import type { Project } from '../model/project';
import { foldForMatching } from '../text/normalize';
import type { AnswerDraft, AnswerOrigin, Survey, SurveyAnswer, SurveySending } from './model';

/** Why a survey may not be sent to this client, in words; '' when it may. */
export function sendingRefusal(
  client: Pick<Client, 'doNotContact' | 'permissions' | 'preferredContact'>,
): string {
  if (client.doNotContact)
    return 'This client is marked "do not contact", so no survey can be sent. Change it on the client\'s page if they agreed to hear from you again.';
  return '';
}

/** A note on how the contact prefers to hear from you, shown beside "Send survey". */
export function contactPreferenceNote(client: Pick<Client, 'permissions' | 'preferredContact'>): string {
  if (client.preferredContact === 'post') return 'This client prefers post: print the survey.';
  if (client.permissions.email === false)
    return 'This client has not agreed to email: print the survey or hand it over.';
  // Unknown (an import that did not say) is "ask first", as on holiday-card lists.
  if (client.permissions.email === 'unknown')
    return 'Email permission is not known: ask the client first, or print the survey.';
  if (client.preferredContact === 'phone')
    return 'This client prefers the phone: you can enter their answers by hand.';
  return '';
}

export function firstEmail(person: ContactPerson | undefined): string {
  return person?.emails.find((email) => email.value.trim() !== '')?.value.trim() ?? '';
}

/** A draft sending: a copy of the survey's questions as they are today. */
export function newSending(
  survey: Survey,
  project: Pick<Project, 'id' | 'title' | 'clientId' | 'serviceTypeId'>,
  client: Pick<Client, 'kind' | 'organization' | 'contacts'>,
  contact: ContactPerson | undefined,
  businessName: string,
  ids: { id: string; now: string },
): SurveySending {
  return {
    id: ids.id,
    surveyId: survey.id,
    surveyName: survey.name,
    questions: survey.questions.map((question) => ({ ...question, choices: [...question.choices] })),
    projectId: project.id,
    projectTitle: project.title,
    clientId: project.clientId,
    clientName: clientDisplayName(client),
    clientKind: client.kind,
    serviceTypeId: project.serviceTypeId,
    contactId: contact?.id ?? '',
    contactName: contact ? personName(contact) : '',
    contactEmail: firstEmail(contact),
    businessName,
    status: 'draft',
    sentOn: '',
    answeredOn: '',
    declinedOn: '',
    createdAt: ids.now,
    updatedAt: ids.now,
  };
}

/** One answer record per answered question, each keeping the question's text as it was asked. */
export function answerRecords(
  sending: SurveySending,
  draft: AnswerDraft,
  origin: AnswerOrigin,
  answeredOn: string,
  newId: () => string,
  now: string,
): SurveyAnswer[] {
  return sending.questions.flatMap((question) => {
    const value = draft[question.id];
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return [];
    return [
      {
        id: newId(),
        sendingId: sending.id,
        surveyId: sending.surveyId,
        clientId: sending.clientId,
        projectId: sending.projectId,
        questionId: question.id,
        questionText: question.text,
        kind: question.kind,
        role: question.role,
        value,
        answeredOn,
        origin,
        createdAt: now,
        updatedAt: now,
      },
    ];
  });
}

/** The client source a "How did you hear about us" answer stands for. */
export function sourceFromAnswer(answer: string): ClientSource {
  const folded = foldForMatching(answer.trim());
  const channel = acquisitionChannels.find(
    (candidate: AcquisitionChannel) =>
      foldForMatching(acquisitionChannelLabels[candidate]) === folded || candidate === folded,
  );
  return channel ? { channel, detail: '' } : { channel: 'other', detail: answer.trim() };
}
