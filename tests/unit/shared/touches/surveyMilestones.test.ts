import type { SurveySending } from '@shared/surveys/model';
import { surveyMilestones } from '@shared/touches/surveyMilestones';
import { describe, expect, it } from 'vitest';

const draft = {
  id: 'sending-1',
  status: 'draft',
  clientId: 'client-1',
  surveyName: 'After the project',
  sentOn: '',
  answeredOn: '',
} satisfies Partial<SurveySending>;

describe('survey milestones on the timeline', () => {
  it('logs "survey sent" on the day it went out, once', () => {
    const sent = { ...draft, status: 'sent' as const, sentOn: '2026-11-02' };
    expect(surveyMilestones(draft, sent)).toEqual([
      {
        event: 'survey-sent',
        clientId: 'client-1',
        date: '2026-11-02',
        subject: 'After the project',
        sourceId: 'sending-1',
      },
    ]);
    expect(surveyMilestones(sent, sent)).toEqual([]);
  });

  it('logs "survey answered" on the answer date when the first answers come back', () => {
    const sent = { ...draft, status: 'sent' as const, sentOn: '2026-11-02' };
    const answered = { ...sent, status: 'answered' as const, answeredOn: '2026-11-20' };
    expect(surveyMilestones(sent, answered)).toEqual([
      expect.objectContaining({ event: 'survey-answered', date: '2026-11-20' }),
    ]);
  });

  it('logs nothing new when answers are replaced, or a sending is declined', () => {
    const answered = {
      ...draft,
      status: 'answered' as const,
      sentOn: '2026-11-02',
      answeredOn: '2026-11-20',
    };
    expect(surveyMilestones(answered, { ...answered, answeredOn: '2026-11-21' })).toEqual([]);
    expect(surveyMilestones(draft, { ...draft, status: 'declined' })).toEqual([]);
  });
});
