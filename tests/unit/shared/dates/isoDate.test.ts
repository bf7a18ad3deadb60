import { addMonths, formatIsoDate, isValidIsoDate, todayIso } from '@shared/dates/isoDate';
import { describe, expect, it } from 'vitest';

describe('ISO dates', () => {
  it('accepts real dates and refuses impossible ones', () => {
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2025-02-29')).toBe(false);
    expect(isValidIsoDate('2025-04-31')).toBe(false);
    expect(isValidIsoDate('2025-13-01')).toBe(false);
    expect(isValidIsoDate('25-01-01')).toBe(false);
    expect(isValidIsoDate('')).toBe(false);
  });

  it('adds months, keeping the day inside the month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-11-23', -24)).toBe('2024-11-23');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
  });

  it("gives today's local date and formats dates without shifting a day", () => {
    expect(todayIso(new Date(2026, 10, 23, 23, 59))).toBe('2026-11-23');
    expect(formatIsoDate('2026-01-01', 'en-US')).toBe('Jan 1, 2026');
    expect(formatIsoDate('not a date', 'en-US')).toBe('');
  });
});
