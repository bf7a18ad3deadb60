import { recentContactCoversNudge } from '@shared/touches/contactNudges';
import { describe, expect, it } from 'vitest';

const today = '2026-11-30';

describe('recent contact quiets the home screen nudges', () => {
  it('does not nag about winning back or checking a client contacted in the last three months', () => {
    expect(recentContactCoversNudge('lapsed', '2026-11-23', { today })).toBe(true);
    expect(recentContactCoversNudge('verify', '2026-09-01', { today })).toBe(true);
    expect(recentContactCoversNudge('lapsed', '2026-08-29', { today })).toBe(false);
    expect(recentContactCoversNudge('verify', '', { today })).toBe(false);
    expect(recentContactCoversNudge('lapsed', undefined, { today })).toBe(false);
  });

  it('does not nag about a purchase due when the client was contacted since the nudge came up', () => {
    const options = { today, expectedOn: '2026-12-20', dueToBuyLeadWeeks: 6 };
    // The nudge came up six weeks before 20 December: 8 November.
    expect(recentContactCoversNudge('due', '2026-11-08', options)).toBe(true);
    expect(recentContactCoversNudge('due', '2026-11-07', options)).toBe(false);
  });
});
