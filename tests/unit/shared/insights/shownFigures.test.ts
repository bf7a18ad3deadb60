import type { InsightProject } from '@shared/insights/book';
import { clientIdsAt, parseGroupRef, shownFigures } from '@shared/insights/figures/shownFigures';
import { monthsOfYear, seasonality } from '@shared/insights/services';
import { describe, expect, it } from 'vitest';

const figures = {
  all: { clientIds: ['a', 'b', 'c'], projectCount: 4 },
  byYear: [
    { year: 2025, newClientIds: ['a'], marketingClientIds: [] },
    { year: 2026, newClientIds: ['b', 'c'], marketingClientIds: ['c'] },
  ],
  names: new Map([['s1', 'Design']]),
  queue: ['x', 'y'],
};

describe('figures as a screen gets them: counts in place of client id lists', () => {
  it('replaces every client id list by its count and keeps every other figure', () => {
    const shown = shownFigures(figures, 'home@1');
    expect(shown.all.clientIds.count).toBe(3);
    expect(shown.all.projectCount).toBe(4);
    expect(shown.byYear[1]?.newClientIds.count).toBe(2);
    expect(shown.byYear[1]?.marketingClientIds.count).toBe(1);
    expect(shown.byYear[0]?.marketingClientIds.count).toBe(0);
    expect(shown.names.get('s1')).toBe('Design');
    expect(shown.queue).toEqual(['x', 'y']);
    expect(JSON.stringify(shown)).not.toContain('"a"');
  });

  it('finds the exact clients behind each count in the full figures', () => {
    const shown = shownFigures(figures, 'home@1');
    const ref = parseGroupRef(shown.byYear[1]?.newClientIds.ref ?? '');
    expect(ref.source).toBe('home@1');
    expect(clientIdsAt(figures, ref.path)).toEqual(['b', 'c']);
    expect(clientIdsAt(figures, parseGroupRef(shown.all.clientIds.ref).path)).toEqual(['a', 'b', 'c']);
    expect(clientIdsAt(figures, ['byYear', 7, 'newClientIds'])).toEqual([]);
  });
});

describe('monthsOfYear', () => {
  it('adds each month up over the years, counting a client once per month', () => {
    const project = (clientId: string, date: string): InsightProject => ({
      clientId,
      date,
      status: 'completed',
      serviceTypeId: '',
      amount: { amountMinor: 100, currency: 'USD' },
    });
    const cells = seasonality([
      project('a', '2024-03-02'),
      project('a', '2025-03-09'),
      project('b', '2025-03-20'),
      project('b', '2025-07-01'),
    ]);
    const months = monthsOfYear(cells);
    expect(months).toHaveLength(12);
    expect(months[2]).toEqual({ month: 3, projectCount: 3, clientIds: ['a', 'b'] });
    expect(months[6]).toEqual({ month: 7, projectCount: 1, clientIds: ['b'] });
    expect(months[0]).toEqual({ month: 1, projectCount: 0, clientIds: [] });
  });
});
