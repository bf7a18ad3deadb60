import { billedSince, wasThanked } from '@shared/touches/referrals';
import { describe, expect, it } from 'vitest';
import { project, touch } from './touchFixtures';

describe('referral figures', () => {
  it('sums completed work since the referral, per currency, leaving out earlier and unfinished work', () => {
    const projects = [
      project({ finalInvoiceDate: '2026-02-01', amount: { amountMinor: 100_00, currency: 'EUR' } }),
      project({ finalInvoiceDate: '2026-05-01', amount: { amountMinor: 250_00, currency: 'EUR' } }),
      project({ finalInvoiceDate: '2026-06-01', amount: { amountMinor: 80_00, currency: 'USD' } }),
      project({ status: 'active', finalInvoiceDate: '', startDate: '2026-07-01' }),
    ];
    expect(billedSince(projects, '2026-03-01')).toEqual({ EUR: 250_00, USD: 80_00 });
  });

  it('counts a referrer as thanked only by a thank-you after the referral', () => {
    expect(wasThanked([touch({ kind: 'thank-you', date: '2026-02-01' })], '2026-03-01')).toBe(false);
    expect(wasThanked([touch({ kind: 'call', date: '2026-04-01' })], '2026-03-01')).toBe(false);
    expect(wasThanked([touch({ kind: 'thank-you', date: '2026-03-01' })], '2026-03-01')).toBe(true);
  });
});
