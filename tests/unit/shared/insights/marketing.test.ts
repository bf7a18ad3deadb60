import { describe, expect, it } from 'vitest';
import {
  type ActivityAssessment,
  adviceFor,
  assessActivities,
  assessChannels,
  type InsightProject,
  marketingOriginatedByYear,
  rankByRoi,
  repeatedFreeTextSources,
  revenueBeforeAfter,
  traceChoices,
  untracedClientIds,
} from '../../../../shared/insights';
import {
  type ClientActivityLink,
  type MarketingActivity,
  marketingChannelLabels,
} from '../../../../shared/model/marketing';

function activity(id: string, fields: Partial<MarketingActivity> = {}): MarketingActivity {
  return {
    id,
    name: id,
    channel: 'webinar',
    objective: 'new-clients',
    startDate: '2025-01-15',
    endDate: '',
    spend: [{ label: 'Platform', amount: { amountMinor: 1000_00, currency: 'USD' } }],
    hours: 10,
    tracking: 'registration',
    trackingDetail: '',
    reach: [],
    notes: '',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...fields,
  };
}

function link(
  clientId: string,
  activityId: string,
  channel: ClientActivityLink['channel'] = 'webinar',
): ClientActivityLink {
  return { id: clientId, clientId, activityId, channel, createdAt: '', updatedAt: '' };
}

function project(clientId: string, date: string, amount: number): InsightProject {
  return {
    clientId,
    serviceTypeId: '',
    status: 'completed',
    date,
    amount: { amountMinor: amount, currency: 'USD' },
  };
}

const options = { today: '2026-11-29', windowMonths: 12, hourValue: { amountMinor: 50_00, currency: 'USD' } };

describe('assessActivities', () => {
  const projects = [
    project('a', '2025-02-14', 2000_00),
    project('a', '2026-06-01', 3000_00),
    project('b', '2025-03-16', 500_00),
    project('z', '2025-03-16', 99_00),
  ];
  const [webinar] = assessActivities([activity('w')], [link('a', 'w'), link('b', 'w')], projects, options);

  it('counts clients brought and their revenue within the window and all-time', () => {
    expect(webinar?.clientIds).toEqual(['a', 'b']);
    expect(webinar?.revenueInWindow).toEqual({ USD: 2500_00 });
    expect(webinar?.revenueAllTime).toEqual({ USD: 5500_00 });
  });

  it('costs money, and money + hours at the hour value, per currency', () => {
    expect(webinar?.cost).toEqual({ USD: 1000_00 });
    expect(webinar?.costWithTime).toEqual({ USD: 1500_00 });
    expect(webinar?.costPerClient).toEqual({ USD: 500_00 });
  });

  it('gives the ROI on the window revenue and the median lag to the first project', () => {
    expect(webinar?.roi).toEqual({ USD: 1.5 });
    expect(webinar?.roiWithTime.USD).toBeCloseTo(2 / 3, 10);
    // Lags 30 and 60 days.
    expect(webinar?.lagDays).toBe(45);
  });

  it('keeps a spend in another currency apart and gives its own ROI', () => {
    const [mixed] = assessActivities(
      [activity('m', { spend: [{ label: 'Stand', amount: { amountMinor: 100_00, currency: 'EUR' } }] })],
      [link('a', 'm')],
      projects,
      { ...options, hourValue: null },
    );
    expect(mixed?.cost).toEqual({ EUR: 100_00 });
    expect(mixed?.roi).toEqual({ EUR: -1 });
  });

  it('adds channel-only links to the channel figures', () => {
    const channels = assessChannels(
      [activity('w')],
      [link('a', 'w'), link('z', '', 'webinar')],
      projects,
      options,
    );
    expect(channels).toHaveLength(1);
    expect(channels[0]?.clientIds).toEqual(['a', 'z']);
  });
});

describe('advice', () => {
  const base = { today: '2026-11-29', judgeAfterMonths: 6, minClients: 3, homeCurrency: 'USD' };
  const assessment = (clients: number, roi: number | null): ActivityAssessment => ({
    activityId: 'x',
    clientIds: Array.from({ length: clients }, (_, i) => `c${i}`),
    revenueInWindow: {},
    revenueAllTime: {},
    cost: {},
    costWithTime: {},
    hours: 0,
    costPerClient: {},
    roi: roi === null ? {} : { USD: roi },
    roiWithTime: {},
    lagDays: null,
  });

  it('is too early for an activity younger than the judging lag', () => {
    expect(adviceFor({ startDate: '2026-07-01' }, assessment(10, 3), base)).toBe('too early to judge');
  });
  it('is too few clients under three', () => {
    expect(adviceFor({ startDate: '2025-01-01' }, assessment(2, 3), base)).toBe('too few clients to judge');
  });
  it('says do more when revenue beat the cost or it cost nothing, do less otherwise', () => {
    expect(adviceFor({ startDate: '2025-01-01' }, assessment(3, 0.2), base)).toBe('do more');
    expect(adviceFor({ startDate: '2025-01-01' }, assessment(3, null), base)).toBe('do more');
    expect(adviceFor({ startDate: '2025-01-01' }, assessment(3, -0.1), base)).toBe('do less');
  });
  it('ranks free activities first, then by ROI', () => {
    const ranked = rankByRoi(
      [
        { ...assessment(3, -0.5), activityId: 'low' },
        { ...assessment(3, 2), activityId: 'high' },
        { ...assessment(3, null), activityId: 'free' },
      ],
      'USD',
    );
    expect(ranked.map((entry) => entry.activityId)).toEqual(['free', 'high', 'low']);
  });
});

describe('marketing-originated share and before/after', () => {
  it('counts new clients per year of first project, and those marketing brought', () => {
    const years = marketingOriginatedByYear(
      [link('a', 'w')],
      [project('a', '2025-02-01', 100), project('b', '2025-03-01', 300), project('a', '2026-01-01', 50)],
    );
    expect(years).toEqual([
      {
        year: 2025,
        newClientIds: ['a', 'b'],
        marketingClientIds: ['a'],
        revenue: { USD: 400 },
        marketingRevenue: { USD: 100 },
      },
      {
        year: 2026,
        newClientIds: [],
        marketingClientIds: [],
        revenue: { USD: 50 },
        marketingRevenue: { USD: 50 },
      },
    ]);
  });

  it('splits revenue into the months before and after a start date', () => {
    const result = revenueBeforeAfter(
      [project('a', '2024-12-01', 100), project('b', '2025-01-15', 200), project('c', '2023-01-01', 999)],
      '2025-01-15',
      6,
    );
    expect(result).toEqual({ before: { USD: 100 }, after: { USD: 200 }, months: 6 });
  });
});

describe('tracing', () => {
  const candidates = [
    { id: 'old', createdAt: '2020-01-01', sourceChannel: '', sourceDetail: '' },
    { id: 'new', createdAt: '2026-01-01', sourceChannel: '', sourceDetail: '' },
    { id: 'typed', createdAt: '2026-02-01', sourceChannel: '', sourceDetail: 'Chamber breakfast' },
    { id: 'typed2', createdAt: '2026-02-02', sourceChannel: '', sourceDetail: 'chamber  BREAKFAST ' },
    { id: 'typed3', createdAt: '2026-02-03', sourceChannel: '', sourceDetail: 'Chamber breakfast' },
    { id: 'linked', createdAt: '2026-03-01', sourceChannel: '', sourceDetail: '' },
  ];

  it('lists clients with no known source, newest first', () => {
    expect(untracedClientIds(candidates, [link('linked', 'w')])).toEqual(['new', 'old']);
  });

  it('offers repeated free-text sources (whatever the spelling) as activities', () => {
    expect(repeatedFreeTextSources(candidates, [])).toEqual([
      { text: 'Chamber breakfast', clientIds: ['typed', 'typed2', 'typed3'] },
    ]);
    expect(repeatedFreeTextSources(candidates, [link('typed', 'w')])).toEqual([]);
  });

  it('gives digits to the most recent activities and letters to channels, never s or u', () => {
    const choices = traceChoices(
      [activity('older', { startDate: '2024-01-01' }), activity('newer', { startDate: '2026-01-01' })],
      marketingChannelLabels,
    );
    expect(choices.slice(0, 2).map((choice) => [choice.key, choice.label])).toEqual([
      ['1', 'newer'],
      ['2', 'older'],
    ]);
    const keys = choices.map((choice) => choice.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).not.toContain('s');
    expect(keys).not.toContain('u');
  });
});
