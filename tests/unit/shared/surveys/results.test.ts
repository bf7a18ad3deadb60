import type { SurveyAnswer, SurveyQuestion, SurveySending } from '@shared/surveys';
import { lowScoreFlags, surveyResults, testimonials } from '@shared/surveys';
import { describe, expect, it } from 'vitest';

const questions: SurveyQuestion[] = [
  { id: 'nps', kind: 'rating10', text: 'Recommend?', choices: [], optional: false, role: '' },
  { id: 'time', kind: 'rating5', text: 'On time?', choices: [], optional: false, role: '' },
  { id: 'say', kind: 'longText', text: 'Anything else?', choices: [], optional: true, role: '' },
  {
    id: 'quote',
    kind: 'yesNo',
    text: 'May we quote you?',
    choices: [],
    optional: true,
    role: 'testimonialPermission',
  },
];

function sending(
  id: string,
  status: SurveySending['status'],
  sentOn: string,
  clientKind: 'b2b' | 'b2c' = 'b2b',
): SurveySending {
  return {
    id,
    surveyId: 'survey',
    surveyName: 'After',
    questions,
    projectId: `p-${id}`,
    projectTitle: `Project ${id}`,
    clientId: `c-${id}`,
    clientName: `Client ${id}`,
    clientKind,
    serviceTypeId: '',
    contactId: '',
    contactName: `Person ${id}`,
    contactEmail: '',
    businessName: 'Studio',
    status,
    sentOn,
    answeredOn: status === 'answered' ? sentOn : '',
    declinedOn: '',
    createdAt: '',
    updatedAt: '',
  };
}

function answer(
  sendingId: string,
  questionId: string,
  value: SurveyAnswer['value'],
  answeredOn: string,
): SurveyAnswer {
  const question = questions.find((q) => q.id === questionId) as SurveyQuestion;
  return {
    id: `${sendingId}-${questionId}`,
    sendingId,
    surveyId: 'survey',
    clientId: `c-${sendingId}`,
    projectId: `p-${sendingId}`,
    questionId,
    questionText: question.text,
    kind: question.kind,
    role: question.role,
    value,
    answeredOn,
    origin: 'hand',
    createdAt: '',
    updatedAt: '',
  };
}

const sendings = [
  sending('a', 'answered', '2026-02-10'),
  sending('b', 'answered', '2026-05-10', 'b2c'),
  sending('c', 'sent', '2026-05-12'),
  sending('d', 'draft', ''),
];
const answers = [
  answer('a', 'nps', 10, '2026-02-11'),
  answer('a', 'time', 5, '2026-02-11'),
  answer('a', 'say', 'Lovely work', '2026-02-11'),
  answer('a', 'quote', 'yes', '2026-02-11'),
  answer('b', 'nps', 4, '2026-05-11'),
  answer('b', 'time', 2, '2026-05-11'),
];
const all = { surveyId: '', from: '', to: '', clientKind: '' as const, serviceTypeId: '' };

describe('survey results', () => {
  it('gives response rate, NPS with its counts, CSAT, distributions and quarters; drafts are not "sent"', () => {
    const results = surveyResults(sendings, answers, all);
    expect(results.sent).toBe(3);
    expect(results.answered).toBe(2);
    expect(results.responseRate).toBe(66.7);
    expect(results.scores).toEqual({ nps: 0, promoters: 1, passives: 0, detractors: 1 });
    expect(results.csat).toBe(50);
    const nps = results.questions.find((q) => q.questionId === 'nps');
    expect(nps?.distribution.filter((bar) => bar.count > 0)).toEqual([
      { label: '4', count: 1 },
      { label: '10', count: 1 },
    ]);
    expect(nps?.average).toBe(7);
    expect(results.questions.find((q) => q.questionId === 'say')?.texts).toEqual([
      { text: 'Lovely work', clientName: 'Client a', projectTitle: 'Project a', answeredOn: '2026-02-11' },
    ]);
    expect(results.quarters).toEqual([
      { quarter: '2026 Q1', answered: 1, nps: 100, csat: 100 },
      { quarter: '2026 Q2', answered: 1, nps: -100, csat: 0 },
    ]);
  });

  it('filters by date range and client kind', () => {
    expect(surveyResults(sendings, answers, { ...all, from: '2026-04-01' }).sent).toBe(2);
    const consumers = surveyResults(sendings, answers, { ...all, clientKind: 'b2c' });
    expect([consumers.sent, consumers.scores.nps]).toEqual([1, -100]);
  });

  it('flags detractors and low CSAT, and lists testimonials given with permission', () => {
    expect(lowScoreFlags(sendings, answers)).toEqual([
      {
        sendingId: 'b',
        projectTitle: 'Project b',
        answeredOn: '2026-05-10',
        reasons: ['“Recommend?”: 4 of 10', '“On time?”: 2 of 5'],
      },
    ]);
    expect(testimonials(sendings, answers).map((t) => [t.clientName, t.comments])).toEqual([
      ['Client a', 'Lovely work'],
    ]);
  });
});
