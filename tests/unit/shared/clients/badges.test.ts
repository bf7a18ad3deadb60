import { clientBadges } from '@shared/clients/badges';
import { defaultSettings } from '@shared/model/settings';
import { describe, expect, it } from 'vitest';

const today = '2026-11-23';

describe('client badges', () => {
  it('calls a client with two completed projects a repeat client', () => {
    const badges = clientBadges(
      {
        kind: 'b2b',
        createdAt: '2020-01-01T09:00:00Z',
        activeProjectCount: 0,
        completedProjectCount: 2,
        lastProjectDate: '2026-10-01',
        verifiedOn: today,
      },
      defaultSettings,
      today,
    );
    expect(badges).toEqual({ repeat: true, lapsed: false, stale: false });
  });

  it('calls a client lapsed after 24 months without a project, but not one that never had a project', () => {
    const lapsed = clientBadges(
      {
        kind: 'b2b',
        createdAt: '2020-01-01T09:00:00Z',
        activeProjectCount: 0,
        completedProjectCount: 1,
        lastProjectDate: '2024-11-22',
        verifiedOn: today,
      },
      defaultSettings,
      today,
    );
    const recent = clientBadges(
      {
        kind: 'b2b',
        createdAt: '2020-01-01T09:00:00Z',
        activeProjectCount: 0,
        completedProjectCount: 1,
        lastProjectDate: '2024-11-23',
        verifiedOn: today,
      },
      defaultSettings,
      today,
    );
    const none = clientBadges(
      {
        kind: 'b2b',
        createdAt: '2020-01-01T09:00:00Z',
        activeProjectCount: 0,
        completedProjectCount: 0,
        lastProjectDate: '',
        verifiedOn: today,
      },
      defaultSettings,
      today,
    );
    expect([lapsed.lapsed, recent.lapsed, none.lapsed]).toEqual([true, false, false]);
  });

  // Deliberately changed (issue 11): every client unverified for 12 months was flagged.
  describe('check details', () => {
    const quietBusiness: Parameters<typeof clientBadges>[0] = {
      kind: 'b2b',
      createdAt: '2019-05-01T09:00:00Z',
      activeProjectCount: 0,
      completedProjectCount: 1,
      lastProjectDate: '2024-06-01',
      verifiedOn: '2024-06-01',
    };
    const check = (
      client: Partial<typeof quietBusiness> & object,
      onCardList: (() => boolean) | null = null,
    ) => clientBadges({ ...quietBusiness, ...client }, defaultSettings, today, onCardList).stale;

    it('flags a business or government client with no business for two years and no check since', () => {
      expect(check({})).toBe(true);
      expect(check({ kind: 'b2g', verifiedOn: '' })).toBe(true);
      expect(check({ kind: 'b2c' })).toBe(false);
      expect(check({ verifiedOn: '2025-01-10' })).toBe(false);
      expect(check({ lastProjectDate: '2025-01-10' })).toBe(false);
      expect(check({ activeProjectCount: 1 })).toBe(false);
    });

    it('counts a client never verified and without projects from when they were entered', () => {
      expect(check({ lastProjectDate: '', verifiedOn: '', createdAt: '2026-09-01T09:00:00Z' })).toBe(false);
      expect(check({ lastProjectDate: '', verifiedOn: '', createdAt: '2023-09-01T09:00:00Z' })).toBe(true);
    });

    it('flags anyone on this year’s card list whose address was not verified in 12 months', () => {
      const recentCustomer = {
        kind: 'b2c' as const,
        lastProjectDate: '2026-10-01',
        verifiedOn: '2025-11-22',
      };
      expect(check(recentCustomer, () => true)).toBe(true);
      expect(check(recentCustomer, () => false)).toBe(false);
      expect(check(recentCustomer, null)).toBe(false);
      expect(check({ ...recentCustomer, verifiedOn: '2025-11-23' }, () => true)).toBe(false);
    });

    it('follows the thresholds in the settings', () => {
      const settings = { ...defaultSettings, lapsedAfterMonths: 36 };
      expect(clientBadges(quietBusiness, settings, today).stale).toBe(false);
    });
  });

  it('never calls a client with a project under way lapsed, however long ago it began', () => {
    const badges = clientBadges(
      {
        kind: 'b2b',
        createdAt: '2020-01-01T09:00:00Z',
        activeProjectCount: 1,
        completedProjectCount: 1,
        lastProjectDate: '2021-01-01',
        verifiedOn: today,
      },
      defaultSettings,
      today,
    );
    expect(badges.lapsed).toBe(false);
  });

  it('follows the thresholds in the settings', () => {
    const settings = { ...defaultSettings, repeatMinCompletedProjects: 3, lapsedAfterMonths: 12 };
    const badges = clientBadges(
      {
        kind: 'b2b',
        createdAt: '2020-01-01T09:00:00Z',
        activeProjectCount: 0,
        completedProjectCount: 2,
        lastProjectDate: '2025-10-01',
        verifiedOn: today,
      },
      settings,
      today,
    );
    expect(badges).toMatchObject({ repeat: false, lapsed: true });
  });
});
