import type { AppTouchEvent } from '../model/touch';
import type { SurveySending } from '../surveys/model';

export interface SurveyMilestone {
  event: Extract<AppTouchEvent, 'survey-sent' | 'survey-answered'>;
  clientId: string;
  date: string;
  subject: string;
  sourceId: string;
}

/**
 * The touches a change to a survey sending should log: "sent" when it first goes out, and
 * "answered" when the first answers come back. Replacing answers logs nothing new.
 */
export function surveyMilestones(
  before: Pick<SurveySending, 'status'>,
  after: Pick<SurveySending, 'id' | 'status' | 'clientId' | 'surveyName' | 'sentOn' | 'answeredOn'>,
): SurveyMilestone[] {
  const base = { clientId: after.clientId, subject: after.surveyName, sourceId: after.id };
  const milestones: SurveyMilestone[] = [];
  if (before.status === 'draft' && after.status === 'sent' && after.sentOn) {
    milestones.push({ ...base, event: 'survey-sent', date: after.sentOn });
  }
  if (before.status !== 'answered' && after.status === 'answered' && after.answeredOn) {
    milestones.push({ ...base, event: 'survey-answered', date: after.answeredOn });
  }
  return milestones;
}
