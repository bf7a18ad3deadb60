import { assessChannels, type InsightProject } from '@shared/insights';
import type { ClientActivityLink } from '@shared/model/marketing';
import { linksWithReferrals } from '@shared/touches/referralChannel';
import { describe, expect, it } from 'vitest';

const stamp = '2025-03-01T10:00:00.000Z';

function referral(clientId: string) {
  return { clientId, referredOn: '2025-03-01', createdAt: stamp, updatedAt: stamp };
}

function link(clientId: string, channel: ClientActivityLink['channel']): ClientActivityLink {
  return { id: clientId, clientId, activityId: '', channel, createdAt: stamp, updatedAt: stamp };
}

function project(clientId: string, date: string, amountMinor: number): InsightProject {
  return {
    clientId,
    serviceTypeId: 's',
    status: 'completed',
    date,
    amount: { amountMinor, currency: 'USD' },
  };
}

describe('referrals in the marketing figures', () => {
  const clients = [
    { id: 'referred', sourceChannel: '' },
    { id: 'from-webinar', sourceChannel: '' },
    { id: 'form-says-press', sourceChannel: 'press' },
    { id: 'form-says-referral', sourceChannel: 'referral' },
  ];

  it('counts a referred client as the referral channel only when nothing else says where they came from', () => {
    const links = linksWithReferrals(
      [link('from-webinar', 'webinar')],
      ['referred', 'from-webinar', 'form-says-press', 'form-says-referral', 'deleted'].map(referral),
      clients,
    );
    expect(links.map((item) => [item.clientId, item.channel])).toEqual([
      ['from-webinar', 'webinar'],
      ['referred', 'referral'],
      ['form-says-referral', 'referral'],
    ]);
  });

  it('brings referred clients and their revenue into the referral channel figures', () => {
    const links = linksWithReferrals([], [referral('referred')], clients);
    const [channel] = assessChannels([], links, [project('referred', '2025-04-01', 2500_00)], {
      today: '2026-11-30',
      windowMonths: 12,
      hourValue: null,
    });
    expect(channel?.channel).toBe('referral');
    expect(channel?.clientIds).toEqual(['referred']);
    expect(channel?.revenueAllTime).toEqual({ USD: 2500_00 });
  });
});
