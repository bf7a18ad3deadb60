import { appTouch } from '@shared/touches/appTouches';
import { newFollowUp, snoozeFollowUp } from '@shared/touches/followUps';
import { projectMilestones } from '@shared/touches/projectMilestones';
import { buildTimeline, nextFollowUp } from '@shared/touches/timeline';
import { describe, expect, it } from 'vitest';
import { project, touch } from './touchFixtures';

describe('client timeline', () => {
  it('merges touches and projects, newest first, later-logged first within a day', () => {
    const early = touch({ date: '2026-11-20', loggedAt: '2026-11-20T08:00:00.000Z', summary: 'early' });
    const late = touch({ date: '2026-11-20', loggedAt: '2026-11-20T17:00:00.000Z', summary: 'late' });
    const old = project({ title: 'Old site', finalInvoiceDate: '2024-02-28' });
    const timeline = buildTimeline([early, late], [old]);
    expect(timeline.map((entry) => entry.id)).toEqual([late.id, early.id, old.id]);
  });

  it('shows a project once: as the app-logged start and finish, not also as the project', () => {
    const logged = project({ id: 'p-logged', status: 'active', startDate: '2026-10-01' });
    const older = project({ id: 'p-older' });
    const started = appTouch({
      event: 'project-started',
      clientId: 'client-1',
      date: '2026-10-01',
      subject: logged.title,
      id: 't-start',
      now: '2026-10-01T09:00:00.000Z',
      sourceId: logged.id,
    });
    const timeline = buildTimeline([started], [logged, older]);
    expect(timeline.map((entry) => entry.id)).toEqual(['t-start', 'p-older']);
  });

  it('filters by kind, by projects, or by what the app logged', () => {
    const call = touch({ kind: 'call' });
    const email = touch({ kind: 'email' });
    const card = appTouch({
      event: 'holiday-card-sent',
      clientId: 'client-1',
      date: '2026-12-10',
      subject: 'Cards 2026',
      id: 't-card',
      now: '2026-12-10T09:00:00.000Z',
    });
    const work = project();
    expect(buildTimeline([call, email, card], [work], 'call').map((entry) => entry.id)).toEqual([call.id]);
    expect(buildTimeline([call, email, card], [work], 'project').map((entry) => entry.id)).toEqual([work.id]);
    expect(buildTimeline([call, email, card], [work], 'app').map((entry) => entry.id)).toEqual(['t-card']);
    expect(buildTimeline([call, email, card], [work], 'letter').map((entry) => entry.id)).toEqual(['t-card']);
  });

  it('pins the open follow-up that needs attention first, skipping done ones', () => {
    const later = touch({ followUp: newFollowUp('2026-12-20', 'later'), followUpOn: '2026-12-20' });
    const snoozed = touch({
      followUp: snoozeFollowUp(newFollowUp('2026-11-01', 'snoozed'), '2026-12-05'),
      followUpOn: '2026-12-05',
    });
    const done = touch({ followUp: { ...newFollowUp('2026-11-02', 'done'), doneOn: '2026-11-02' } });
    expect(nextFollowUp([later, snoozed, done])?.id).toBe(snoozed.id);
    expect(nextFollowUp([done])).toBeUndefined();
  });

  it('logs an import as a quiet entry and a holiday card as a letter', () => {
    const imported = appTouch({
      event: 'import-created',
      clientId: 'c',
      date: '2026-11-30',
      subject: 'contacts.csv',
      id: 'x',
      now: '2026-11-30T10:00:00.000Z',
      sourceId: 'batch-1',
    });
    expect(imported).toMatchObject({ quiet: true, kind: 'note', sourceId: 'batch-1' });
    expect(imported.summary).toBe('Added by importing contacts.csv');
  });
});

describe('project milestones', () => {
  const today = '2026-11-30';

  it('logs a start when a project becomes active and a finish when it is completed, once each', () => {
    const active = project({ status: 'active', startDate: '2026-11-02' });
    expect(projectMilestones({ status: 'lead' }, active, today)).toEqual([
      expect.objectContaining({ event: 'project-started', date: '2026-11-02', sourceId: active.id }),
    ]);
    expect(projectMilestones({ status: 'active' }, active, today)).toEqual([]);
    const done = { ...active, status: 'completed' as const, endDate: '2026-11-20' };
    expect(projectMilestones({ status: 'active' }, done, today).map((m) => [m.event, m.date])).toEqual([
      ['project-finished', '2026-11-20'],
    ]);
    expect(projectMilestones({ status: 'completed' }, done, today)).toEqual([]);
  });

  it('never dates a milestone after today, and logs nothing for leads', () => {
    const planned = project({ status: 'completed', endDate: '2027-03-01', finalInvoiceDate: '' });
    expect(projectMilestones(undefined, planned, today)[0]?.date).toBe(today);
    expect(projectMilestones(undefined, project({ status: 'lead' }), today)).toEqual([]);
  });
});
