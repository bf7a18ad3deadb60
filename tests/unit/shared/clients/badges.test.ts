import { clientBadges } from '@shared/clients/badges';
import { defaultSettings } from '@shared/model/settings';
import { describe, expect, it } from 'vitest';

const today = '2026-11-23';

describe('client badges', () => {
  it('calls a client with two completed projects a repeat client', () => {
    const badges = clientBadges(
      { activeProjectCount: 0, completedProjectCount: 2, lastProjectDate: '2026-10-01', verifiedOn: today },
      defaultSettings,
      today,
    );
    expect(badges).toEqual({ repeat: true, lapsed: false, stale: false });
  });

  it('calls a client lapsed after 24 months without a project, but not one that never had a project', () => {
    const lapsed = clientBadges(
      { activeProjectCount: 0, completedProjectCount: 1, lastProjectDate: '2024-11-22', verifiedOn: today },
      defaultSettings,
      today,
    );
    const recent = clientBadges(
      { activeProjectCount: 0, completedProjectCount: 1, lastProjectDate: '2024-11-23', verifiedOn: today },
      defaultSettings,
      today,
    );
    const none = clientBadges(
      { activeProjectCount: 0, completedProjectCount: 0, lastProjectDate: '', verifiedOn: today },
      defaultSettings,
      today,
    );
    expect([lapsed.lapsed, recent.lapsed, none.lapsed]).toEqual([true, false, false]);
  });

  it('flags details never verified or not verified for 12 months', () => {
    const stale = (verifiedOn: string) =>
      clientBadges(
        { activeProjectCount: 0, completedProjectCount: 0, lastProjectDate: '', verifiedOn },
        defaultSettings,
        today,
      ).stale;
    expect(stale('')).toBe(true);
    expect(stale('2025-11-22')).toBe(true);
    expect(stale('2025-11-23')).toBe(false);
  });

  it('never calls a client with a project under way lapsed, however long ago it began', () => {
    const badges = clientBadges(
      { activeProjectCount: 1, completedProjectCount: 1, lastProjectDate: '2021-01-01', verifiedOn: today },
      defaultSettings,
      today,
    );
    expect(badges.lapsed).toBe(false);
  });

  it('follows the thresholds in the settings', () => {
    const settings = { ...defaultSettings, repeatMinCompletedProjects: 3, lapsedAfterMonths: 12 };
    const badges = clientBadges(
      { activeProjectCount: 0, completedProjectCount: 2, lastProjectDate: '2025-10-01', verifiedOn: today },
      settings,
      today,
    );
    expect(badges).toMatchObject({ repeat: false, lapsed: true });
  });
});
