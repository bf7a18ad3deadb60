import {
  completeFollowUp,
  followUpDateError,
  followUpIndexKey,
  followUpState,
  needsAttention,
  newFollowUp,
  rescheduleFollowUp,
  snoozeDate,
  snoozeFollowUp,
} from '@shared/touches/followUps';
import { describe, expect, it } from 'vitest';

const today = '2026-11-30';

describe('follow-up states', () => {
  it('is upcoming before its date, due on it and overdue after it', () => {
    const followUp = newFollowUp('2026-11-30', 'Send the proposal');
    expect(followUpState(followUp, '2026-11-29')).toBe('upcoming');
    expect(followUpState(followUp, '2026-11-30')).toBe('due');
    expect(followUpState(followUp, '2026-12-01')).toBe('overdue');
    expect(needsAttention(followUp, '2026-11-29')).toBe(false);
    expect(needsAttention(followUp, '2026-12-01')).toBe(true);
  });

  it('hides a snoozed follow-up until the snooze ends, then it is due that day and overdue after', () => {
    const snoozed = snoozeFollowUp(newFollowUp('2026-11-28', 'Call back'), snoozeDate('week', today));
    expect(snoozed.snoozedUntil).toBe('2026-12-07');
    expect(snoozed.dueOn).toBe('2026-11-28');
    expect(followUpState(snoozed, today)).toBe('snoozed');
    expect(needsAttention(snoozed, today)).toBe(false);
    expect(followUpState(snoozed, '2026-12-07')).toBe('due');
    expect(followUpState(snoozed, '2026-12-08')).toBe('overdue');
  });

  it('snoozes one day across a month end', () => {
    expect(snoozeDate('day', today)).toBe('2026-12-01');
    expect(snoozeDate('week', '2026-12-28')).toBe('2027-01-04');
  });

  it('stays done whatever the date, and leaves the follow-up index', () => {
    const done = completeFollowUp(newFollowUp('2026-11-01', 'Check in'), today);
    expect(followUpState(done, '2030-01-01')).toBe('done');
    expect(followUpIndexKey({ followUp: done })).toBeUndefined();
  });

  it('indexes an open follow-up by its snooze date, else its due date', () => {
    const open = newFollowUp('2026-11-28', 'Check in');
    expect(followUpIndexKey({ followUp: open })).toBe('2026-11-28');
    expect(followUpIndexKey({ followUp: snoozeFollowUp(open, '2026-12-03') })).toBe('2026-12-03');
    expect(followUpIndexKey({ followUp: null })).toBeUndefined();
  });

  it('reschedules by moving the due date and ending any snooze', () => {
    const moved = rescheduleFollowUp(
      snoozeFollowUp(newFollowUp('2026-11-01', 'x'), '2026-12-10'),
      '2026-12-02',
    );
    expect(moved).toMatchObject({ dueOn: '2026-12-02', snoozedUntil: '', doneOn: '' });
    expect(followUpState(moved, today)).toBe('upcoming');
  });

  it('refuses a snooze to today or earlier, with a reason', () => {
    expect(followUpDateError(today, today, 'snooze')).toBe('Snooze until a day after today.');
    expect(followUpDateError('', today, 'reschedule')).toBe('Pick a date.');
    expect(followUpDateError('2026-12-01', today, 'snooze')).toBe('');
  });
});
