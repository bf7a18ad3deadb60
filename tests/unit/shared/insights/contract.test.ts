import { describe, expect, it } from 'vitest';
import { dueToBuy, marketingRoi } from '../../../../shared/insights';

describe('marketingRoi', () => {
  it('is (revenue − cost) ÷ cost: 1.5 means revenue paid the cost back one and a half times over', () => {
    expect(marketingRoi({ revenue: 250_00, cost: 100_00 })).toEqual({ roi: 1.5 });
  });

  it('is −1 when nothing came back and 0 when revenue just covered the cost', () => {
    expect(marketingRoi({ revenue: 0, cost: 400_00 })).toEqual({ roi: -1 });
    expect(marketingRoi({ revenue: 400_00, cost: 400_00 })).toEqual({ roi: 0 });
  });

  it('is null for an activity that cost nothing, whatever it brought', () => {
    expect(marketingRoi({ revenue: 0, cost: 0 })).toEqual({ roi: null });
    expect(marketingRoi({ revenue: 9_000_00, cost: 0 })).toEqual({ roi: null });
  });

  it('keeps fractions exact enough for a percentage', () => {
    expect(marketingRoi({ revenue: 1, cost: 3 }).roi).toBeCloseTo(-2 / 3, 12);
  });
});

describe('dueToBuy: the same month in 3 of the 4 previous years', () => {
  it('expects March next year when today is past March (the example in the issue)', () => {
    const result = dueToBuy(['2023-03-14', '2024-03-02', '2025-03-28'], '2026-11-29');
    expect(result.expected).toBe('2027-03-01');
    expect(result.reason).toBe('Bought in March in 2023, 2024 and 2025.');
  });

  it('expects the month this year when it is still to come', () => {
    expect(dueToBuy(['2022-09-01', '2023-09-10', '2025-09-30'], '2026-02-10').expected).toBe('2026-09-01');
  });

  it("counts today's own month as on or after today, so the first of it may be a few days past", () => {
    expect(dueToBuy(['2023-05-20', '2024-05-20', '2025-05-20'], '2026-05-17').expected).toBe('2026-05-01');
  });

  it('ignores purchases in this year and more than four years back', () => {
    expect(
      dueToBuy(['2021-03-01', '2022-03-01', '2023-03-01', '2026-03-01'], '2026-11-29').expected,
    ).toBeNull();
    expect(dueToBuy(['2022-03-01', '2023-03-01', '2025-03-01'], '2026-11-29').expected).toBe('2027-03-01');
  });

  it('needs three different years: three purchases in one March are one year', () => {
    const result = dueToBuy(['2024-03-01', '2024-03-10', '2024-03-20', '2025-03-05'], '2026-11-29');
    expect(result.expected).toBeNull();
  });

  it('picks the first rhythm month on or after today when there are two', () => {
    const dates = ['2023-02-01', '2024-02-01', '2025-02-01', '2023-10-01', '2024-10-01', '2025-10-01'];
    expect(dueToBuy(dates, '2026-06-15').expected).toBe('2026-10-01');
    expect(dueToBuy(dates, '2026-11-15').expected).toBe('2027-02-01');
    expect(dueToBuy(dates, '2026-01-15').expected).toBe('2026-02-01');
  });

  it('wins over an even spacing when both hold', () => {
    const dates = ['2022-04-01', '2023-04-01', '2024-04-01', '2025-04-01'];
    const result = dueToBuy(dates, '2026-07-01');
    expect(result.expected).toBe('2027-04-01');
    expect(result.reason).toBe('Bought in April in 2022, 2023, 2024 and 2025.');
  });
});

describe('dueToBuy: purchases at an even spacing', () => {
  it('expects the mean gap after the last purchase', () => {
    // Gaps 90, 100, 110 days: mean 100, each within 20 %.
    const result = dueToBuy(['2026-01-01', '2026-04-01', '2026-07-10', '2026-10-28'], '2026-11-29');
    expect(result.expected).toBe('2027-02-05');
    expect(result.reason).toContain('4 times about every 100 days');
  });

  it('may expect a date already past: the client is overdue', () => {
    const result = dueToBuy(['2024-01-10', '2024-02-09', '2024-03-10', '2024-04-09'], '2026-11-29');
    expect(result.expected).toBe('2024-05-09');
  });

  it('rounds the mean gap to whole days', () => {
    // Gaps 30, 31, 31: mean 30.67 → 31.
    expect(dueToBuy(['2026-01-01', '2026-01-31', '2026-03-03', '2026-04-03'], '2026-11-29').expected).toBe(
      '2026-05-04',
    );
    // Gaps 30, 30, 31: mean 30.33 → 30.
    expect(dueToBuy(['2026-01-01', '2026-01-31', '2026-03-02', '2026-04-02'], '2026-11-29').expected).toBe(
      '2026-05-02',
    );
  });

  it('accepts a gap exactly 20 % off the mean and refuses one just beyond', () => {
    // Gaps 80, 100, 120: mean 100, 80 and 120 are exactly 20 % off.
    expect(dueToBuy(['2025-01-01', '2025-03-22', '2025-06-30', '2025-10-28'], '2026-11-29').expected).toBe(
      '2026-02-05',
    );
    // Gaps 79, 100, 121: mean 100, 79 is 21 % off.
    expect(
      dueToBuy(['2025-01-01', '2025-03-21', '2025-06-29', '2025-10-28'], '2026-11-29').expected,
    ).toBeNull();
  });

  it('needs at least four purchases', () => {
    expect(dueToBuy(['2026-01-01', '2026-04-01', '2026-07-01'], '2026-11-29').expected).toBeNull();
  });

  it('counts projects on the same day as one purchase, and ignores the order given', () => {
    const dates = ['2026-07-10', '2026-01-01', '2026-04-01', '2026-04-01', '2026-10-28'];
    expect(dueToBuy(dates, '2026-11-29').expected).toBe('2027-02-05');
    expect(
      dueToBuy(['2026-01-01', '2026-04-01', '2026-04-01', '2026-07-01'], '2026-11-29').expected,
    ).toBeNull();
  });

  it('crosses leap days and year ends correctly', () => {
    // Gaps 31, 31, 30 (2024-02 has 29 days): mean 30.67 → 31 days after 2 March.
    expect(dueToBuy(['2023-12-01', '2024-01-01', '2024-02-01', '2024-03-02'], '2024-11-29').expected).toBe(
      '2024-04-02',
    );
  });
});

describe('dueToBuy: no rhythm', () => {
  it('gives null with the reason for a client without purchases', () => {
    expect(dueToBuy([], '2026-11-29')).toEqual({ expected: null, reason: 'No purchases yet, so no rhythm.' });
  });

  it('gives null for irregular purchases and says how many there were', () => {
    const result = dueToBuy(['2024-01-01', '2024-02-01', '2025-06-01', '2025-07-01'], '2026-11-29');
    expect(result.expected).toBeNull();
    expect(result.reason).toMatch(/^No rhythm: 4 purchases/);
  });

  it('skips dates that are empty or not real calendar dates', () => {
    expect(dueToBuy(['', '2025-02-30', 'soon'], '2026-11-29')).toEqual({
      expected: null,
      reason: 'No purchases yet, so no rhythm.',
    });
    expect(
      dueToBuy(['2023-03-01', '', '2024-03-01', '2025-02-30', '2025-03-01'], '2026-11-29').expected,
    ).toBe('2027-03-01');
  });
});
