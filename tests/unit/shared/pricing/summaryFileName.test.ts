import { pricingSummaryFileName } from '@shared/pricing';
import { describe, expect, it } from 'vitest';

describe('pricingSummaryFileName', () => {
  it('makes a plain file name from the scenario name and the date', () => {
    expect(pricingSummaryFileName('Half-day Workshop', '2026-03-02')).toBe(
      'pricing-half-day-workshop-2026-03-02.pdf',
    );
  });

  it('turns characters a file system could object to into dashes and keeps other scripts', () => {
    expect(pricingSummaryFileName('Café / Über: "Kurs" 2026?', '2026-03-02')).toBe(
      'pricing-café-über-kurs-2026-2026-03-02.pdf',
    );
    expect(pricingSummaryFileName('ワークショップ', '2026-03-02')).toBe(
      'pricing-ワークショップ-2026-03-02.pdf',
    );
  });

  it('still has a name when nothing of the scenario name is left, and stays short', () => {
    expect(pricingSummaryFileName('***', '2026-03-02')).toBe('pricing-2026-03-02.pdf');
    expect(pricingSummaryFileName('a'.repeat(300), '2026-03-02').length).toBeLessThan(110);
  });
});
