import { csat, responseRate, surveyScores } from '@shared/surveys';
import { describe, expect, it } from 'vitest';

describe('surveyScores (NPS)', () => {
  it('has no NPS when there are no answers or all were skipped or out of range', () => {
    expect(surveyScores([])).toEqual({ nps: null, promoters: 0, passives: 0, detractors: 0 });
    expect(surveyScores([11, -1, 7.5, Number.NaN])).toEqual({
      nps: null,
      promoters: 0,
      passives: 0,
      detractors: 0,
    });
  });

  it('counts one answer as 100, 0 or -100', () => {
    expect(surveyScores([10]).nps).toBe(100);
    expect(surveyScores([8])).toEqual({ nps: 0, promoters: 0, passives: 1, detractors: 0 });
    expect(surveyScores([0]).nps).toBe(-100);
  });

  it('puts 9–10 in promoters, 7–8 in passives and 0–6 in detractors', () => {
    expect(surveyScores([0, 6, 7, 8, 9, 10])).toEqual({ nps: 0, promoters: 2, passives: 2, detractors: 2 });
  });

  it('rounds halves away from zero, both ways', () => {
    // 1 promoter of 8 = 12.5 %
    expect(surveyScores([9, 7, 7, 7, 7, 7, 7, 7]).nps).toBe(13);
    expect(surveyScores([3, 7, 7, 7, 7, 7, 7, 7]).nps).toBe(-13);
    // 2 of 3 promoters = 66.67 %
    expect(surveyScores([9, 10, 8]).nps).toBe(67);
  });

  it('leaves out non-integer and out-of-range answers without changing the total', () => {
    expect(surveyScores([10, 10, 9.5, 12, 0])).toEqual({ nps: 33, promoters: 2, passives: 0, detractors: 1 });
  });
});

describe('csat', () => {
  it('is null with no answers or only skipped ones', () => {
    expect(csat([])).toBeNull();
    expect(csat([0, 6, 3.5])).toBeNull();
  });

  it('is the share of 4 and 5 with one decimal, halves up', () => {
    expect(csat([5])).toBe(100);
    expect(csat([3])).toBe(0);
    expect(csat([4, 1, 2])).toBe(33.3);
    expect(csat([5, 4, 1])).toBe(66.7);
    // 1 of 16 = 6.25 % → 6.3
    expect(csat([5, ...Array(15).fill(2)])).toBe(6.3);
  });

  it('does not count answers outside 1–5 or fractions', () => {
    expect(csat([5, 0, 6, 4.5, 2])).toBe(50);
  });
});

describe('responseRate', () => {
  it('is answered ÷ sent, null when nothing was sent', () => {
    expect(responseRate(0, 0)).toBeNull();
    expect(responseRate(1, 3)).toBe(33.3);
    expect(responseRate(3, 3)).toBe(100);
  });
});
