import { clientBadges } from '@shared/clients/badges';
import { addDays, daysBetween, localDateOf } from '@shared/dates/days';
import { defaultSettings } from '@shared/model/settings';
import { contactedRecently, lastContactedOn, notContactedSince } from '@shared/touches/lastContacted';
import { describe, expect, it } from 'vitest';
import { touch } from './touchFixtures';

describe('last contacted', () => {
  it('counts a call logged at 23:30 in New York for that local day, though UTC is already past midnight', () => {
    const loggedAt = new Date('2026-03-11T03:30:00Z'); // 23:30 on 10 March in New York (EDT)
    expect(localDateOf(loggedAt, 'America/New_York')).toBe('2026-03-10');
    expect(localDateOf(loggedAt, 'UTC')).toBe('2026-03-11');
  });

  it('counts a touch logged at 00:30 in Tokyo for that day, though UTC is still the day before', () => {
    expect(localDateOf(new Date('2026-06-30T15:30:00Z'), 'Asia/Tokyo')).toBe('2026-07-01');
  });

  it('takes the latest local date the user picked, not the moment the touch was typed in', () => {
    const touches = [
      touch({ date: '2026-03-10', loggedAt: '2026-03-11T03:30:00.000Z' }),
      touch({ date: '2026-03-09', loggedAt: '2026-03-12T09:00:00.000Z' }),
    ];
    expect(lastContactedOn(touches)).toBe('2026-03-10');
  });

  it('does not count quiet import entries or private notes as contact, but counts app-logged cards', () => {
    expect(lastContactedOn([touch({ quiet: true, kind: 'note', appEvent: 'import-created' })])).toBe('');
    expect(lastContactedOn([touch({ kind: 'note', date: '2026-11-01' })])).toBe('');
    expect(
      lastContactedOn([touch({ kind: 'letter', appEvent: 'holiday-card-sent', date: '2026-12-10' })]),
    ).toBe('2026-12-10');
  });

  it('finds clients not contacted in six months, and never-contacted ones', () => {
    expect(notContactedSince('2026-05-29', 6, '2026-11-30')).toBe(true);
    expect(notContactedSince('2026-05-30', 6, '2026-11-30')).toBe(false);
    expect(notContactedSince(undefined, 6, '2026-11-30')).toBe(true);
  });

  it('does not call a client lapsed when they were called last week', () => {
    const oldBusiness = {
      kind: 'b2b' as const,
      createdAt: '2020-01-01T00:00:00.000Z',
      activeProjectCount: 0,
      completedProjectCount: 1,
      lastProjectDate: '2022-01-01',
      verifiedOn: '2026-11-01',
    };
    expect(clientBadges(oldBusiness, defaultSettings, '2026-11-30').lapsed).toBe(true);
    expect(
      clientBadges({ ...oldBusiness, lastContactedOn: '2026-11-23' }, defaultSettings, '2026-11-30').lapsed,
    ).toBe(false);
    expect(contactedRecently('2026-01-01', '2026-11-30')).toBe(false);
  });

  it('does day arithmetic without drifting across daylight-saving changes', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
  });
});
