import type { Project, ProjectStatus } from '@shared/model/project';
import { pastPriceReference, priceAgainstReference } from '@shared/pricing';
import { describe, expect, it } from 'vitest';

let nextId = 0;
function project(
  amountMinor: number,
  options: { status?: ProjectStatus; currency?: string; serviceTypeId?: string } = {},
): Project {
  nextId += 1;
  return {
    id: `p${nextId}`,
    clientId: 'c1',
    title: `Project ${nextId}`,
    serviceTypeId: options.serviceTypeId ?? 'workshop',
    status: options.status ?? 'completed',
    startDate: '2025-03-01',
    endDate: '2025-03-02',
    finalInvoiceDate: '',
    amount: { amountMinor, currency: options.currency ?? 'EUR' },
    notes: '',
    createdAt: '2025-03-01T00:00:00.000Z',
    updatedAt: '2025-03-01T00:00:00.000Z',
  };
}

describe('pastPriceReference', () => {
  it('gives the count, average and range of completed and active projects of the service type', () => {
    const projects = [project(40_000), project(60_000, { status: 'active' }), project(50_001)];
    expect(pastPriceReference(projects, 'workshop', 'EUR')).toEqual({
      count: 3,
      averageMinor: 50_000,
      minMinor: 40_000,
      maxMinor: 60_000,
      otherCurrencyCount: 0,
      otherCurrencies: [],
      unpricedCount: 0,
    });
  });

  it('rounds the average half up to the minor unit', () => {
    expect(pastPriceReference([project(100), project(101)], 'workshop', 'EUR').averageMinor).toBe(101);
  });

  it('leaves out leads, cancelled projects and other service types', () => {
    const projects = [
      project(40_000),
      project(1_000_000, { status: 'lead' }),
      project(1, { status: 'cancelled' }),
      project(5, { serviceTypeId: 'audit' }),
    ];
    const reference = pastPriceReference(projects, 'workshop', 'EUR');
    expect(reference.count).toBe(1);
    expect(reference.averageMinor).toBe(40_000);
  });

  it('leaves out other currencies but says how many and which', () => {
    const projects = [
      project(40_000),
      project(90_000, { currency: 'USD' }),
      project(80_000, { currency: 'GBP' }),
      project(1, { currency: 'USD' }),
    ];
    const reference = pastPriceReference(projects, 'workshop', 'EUR');
    expect(reference.count).toBe(1);
    expect(reference.maxMinor).toBe(40_000);
    expect(reference.otherCurrencyCount).toBe(3);
    expect(reference.otherCurrencies).toEqual(['GBP', 'USD']);
  });

  it('does not let projects without an amount drag the average down', () => {
    const reference = pastPriceReference(
      [project(40_000), project(0, { status: 'active' })],
      'workshop',
      'EUR',
    );
    expect(reference.averageMinor).toBe(40_000);
    expect(reference.unpricedCount).toBe(1);
  });

  it('has nothing to go by with no linked service type or no projects', () => {
    expect(pastPriceReference([project(40_000, { serviceTypeId: '' })], '', 'EUR')).toMatchObject({
      count: 0,
      averageMinor: null,
      minMinor: null,
      maxMinor: null,
    });
    expect(pastPriceReference([], 'workshop', 'EUR').count).toBe(0);
  });

  it('averages very large amounts exactly', () => {
    const max = Number.MAX_SAFE_INTEGER;
    expect(pastPriceReference([project(max), project(max - 2)], 'workshop', 'EUR').averageMinor).toBe(
      max - 1,
    );
  });
});

describe('priceAgainstReference', () => {
  const reference = pastPriceReference([project(40_000), project(60_000)], 'workshop', 'EUR');

  it('places the price against the range and the average', () => {
    expect(priceAgainstReference(55_000, reference)).toEqual({
      position: 'within',
      differenceFromAverageMinor: 5_000,
      ratioToAverage: 1.1,
    });
    expect(priceAgainstReference(39_999, reference)?.position).toBe('below');
    expect(priceAgainstReference(60_001, reference)?.position).toBe('above');
  });

  it('has nothing to say without past projects', () => {
    expect(priceAgainstReference(55_000, pastPriceReference([], 'workshop', 'EUR'))).toBeNull();
  });
});
