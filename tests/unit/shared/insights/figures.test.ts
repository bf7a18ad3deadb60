import { describe, expect, it } from 'vitest';
import {
  businessInRange,
  headlineFigures,
  type InsightClient,
  type InsightProject,
  lapsedClients,
  nextServiceAfter,
  repeatShare,
  sameDayLastYear,
  seasonality,
  servicesByYear,
} from '../../../../shared/insights';

function client(id: string, fields: Partial<InsightClient> = {}): InsightClient {
  return {
    id,
    name: id,
    kind: 'b2b',
    createdAt: '2020-01-01',
    verifiedOn: '',
    doNotContact: false,
    sourceDetail: '',
    sourceChannel: '',
    ...fields,
  };
}

function project(
  clientId: string,
  date: string,
  amount: number,
  fields: Partial<InsightProject> = {},
): InsightProject {
  return {
    clientId,
    serviceTypeId: 'web',
    status: 'completed',
    date,
    amount: { amountMinor: amount, currency: 'USD' },
    ...fields,
  };
}

describe('businessInRange', () => {
  const clients = [client('a'), client('b', { kind: 'b2c' }), client('c', { kind: 'b2g' })];
  const projects = [
    project('a', '2022-05-01', 1000),
    project('a', '2024-05-01', 2000),
    project('b', '2023-01-01', 300, { amount: { amountMinor: 300, currency: 'EUR' } }),
    project('c', '2019-12-31', 500),
    project('c', '2023-06-01', 999, { status: 'lead' }),
    project('b', '2024-02-01', 700, { status: 'active' }),
  ];

  it('counts clients and revenue per kind, per currency, only for business in the range', () => {
    const result = businessInRange(clients, projects, { from: '2021-11-29', to: '2026-11-29' });
    expect(result.all.clientIds).toEqual(['a', 'b']);
    expect(result.all.revenue).toEqual({ USD: 3000, EUR: 300 });
    expect(result.byKind.b2b).toEqual({ clientIds: ['a'], revenue: { USD: 3000 }, projectCount: 2 });
    // The active project counts as business but not yet as revenue.
    expect(result.byKind.b2c).toEqual({ clientIds: ['b'], revenue: { EUR: 300 }, projectCount: 2 });
    expect(result.byKind.b2g.clientIds).toEqual([]);
  });
});

describe('repeatShare', () => {
  it('gives the repeat clients, their revenue against all, and clients by number of projects', () => {
    const projects = [
      project('a', '2022-01-01', 100),
      project('a', '2023-01-01', 100),
      project('b', '2023-01-01', 500),
      project('c', '2023-01-01', 50),
      project('c', '2023-02-01', 50),
      project('c', '2023-03-01', 50),
      project('d', '2023-03-01', 50, { status: 'cancelled' }),
    ];
    const result = repeatShare(projects, 2);
    expect(result.buyingClients).toBe(3);
    expect(result.repeatClientIds.sort()).toEqual(['a', 'c']);
    expect(result.revenue).toEqual({ USD: 850 });
    expect(result.repeatRevenue).toEqual({ USD: 350 });
    expect(result.byProjectCount).toEqual([
      { projects: 1, clientIds: ['b'] },
      { projects: 2, clientIds: ['a'] },
      { projects: 3, clientIds: ['c'] },
    ]);
  });
});

describe('services', () => {
  const projects = [
    project('a', '2024-01-01', 100, { serviceTypeId: 'audit' }),
    project('a', '2024-03-01', 900, { serviceTypeId: 'web' }),
    project('b', '2024-02-01', 100, { serviceTypeId: 'audit' }),
    project('b', '2025-02-01', 800, { serviceTypeId: 'web' }),
    project('c', '2025-02-01', 100, { serviceTypeId: 'audit' }),
    project('c', '2025-05-01', 100, { serviceTypeId: 'training' }),
  ];

  it('sums revenue and projects per service per year', () => {
    const cells = servicesByYear(projects);
    expect(cells.find((cell) => cell.serviceTypeId === 'audit' && cell.year === 2024)).toEqual({
      serviceTypeId: 'audit',
      year: 2024,
      projectCount: 2,
      revenue: { USD: 200 },
      clientIds: ['a', 'b'],
    });
  });

  it('finds the service most often bought next, with the clients who did', () => {
    const audit = nextServiceAfter(projects).find((entry) => entry.serviceTypeId === 'audit');
    expect(audit).toEqual({
      serviceTypeId: 'audit',
      boughtCount: 3,
      nextServiceTypeId: 'web',
      nextCount: 2,
      clientIds: ['a', 'b'],
    });
  });

  it('lays projects out by month and year, for one service if asked', () => {
    const cells = seasonality(projects, 'audit');
    expect(cells.map((cell) => [cell.year, cell.month, cell.projectCount])).toEqual([
      [2024, 1, 1],
      [2024, 2, 1],
      [2025, 2, 1],
    ]);
    expect(seasonality(projects)).toHaveLength(5);
  });
});

describe('lapsedClients', () => {
  it('ranks quiet clients by what they used to bill, leaving out those with work under way', () => {
    const clients = [client('small'), client('big'), client('busy'), client('recent'), client('euro')];
    const projects = [
      project('small', '2020-01-01', 100),
      project('big', '2019-01-01', 5000),
      project('big', '2021-06-01', 5000, { serviceTypeId: 'audit' }),
      project('busy', '2019-01-01', 9000),
      project('busy', '2020-01-01', 0, { status: 'active' }),
      project('recent', '2026-01-01', 9000),
      project('euro', '2020-01-01', 7000, { amount: { amountMinor: 7000, currency: 'EUR' } }),
    ];
    const result = lapsedClients(clients, projects, {
      lapsedAfterMonths: 24,
      homeCurrency: 'USD',
      today: '2026-11-29',
    });
    expect(result.map((entry) => entry.clientId)).toEqual(['big', 'small', 'euro']);
    expect(result[0]).toMatchObject({
      valueAtStake: { USD: 10000 },
      lastDate: '2021-06-01',
      lastServiceTypeId: 'audit',
    });
  });
});

describe('headlineFigures', () => {
  it('compares this year so far with the same stretch of last year', () => {
    const projects = [
      project('old', '2024-03-01', 100),
      project('old', '2025-03-01', 200),
      project('old', '2026-02-01', 300),
      project('new', '2026-05-01', 1000),
      project('late', '2025-12-01', 5000),
    ];
    const { thisYear, lastYear } = headlineFigures(projects, {
      today: '2026-11-29',
      repeatMinCompletedProjects: 2,
    });
    expect(thisYear.revenue).toEqual({ USD: 1300 });
    expect(thisYear.repeatRevenue).toEqual({ USD: 300 });
    expect(thisYear.activeClientIds.sort()).toEqual(['new', 'old']);
    expect(thisYear.newClientIds).toEqual(['new']);
    expect(lastYear).toMatchObject({
      from: '2025-01-01',
      to: '2025-11-29',
      revenue: { USD: 200 },
      repeatRevenue: { USD: 200 },
    });
  });

  it('turns 29 February into 28 February a year back', () => {
    expect(sameDayLastYear('2028-02-29')).toBe('2027-02-28');
  });
});
