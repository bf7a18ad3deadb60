import { generateSampleData } from '@shared/sample';
import { validateTouch } from '@shared/touches/validateTouch';
import { describe, expect, it } from 'vitest';

const today = '2026-11-30';

describe('sample relationship history', () => {
  const sample = generateSampleData({ clientCount: 400, today });
  const clientIds = new Set(sample.clients.map((client) => client.id));

  it('gives the clients about ten valid touches each, none in the future, all on existing clients', () => {
    expect(sample.touches.length).toBeGreaterThan(3000);
    expect(sample.touches.length).toBeLessThan(5000);
    for (const touch of sample.touches) {
      expect(clientIds.has(touch.clientId)).toBe(true);
      expect(touch.date <= today).toBe(true);
      expect(validateTouch(touch)).toEqual({});
    }
  });

  it('leaves some follow-ups open (a few overdue) and most old ones done', () => {
    const open = sample.touches.filter((touch) => touch.followUpOn !== undefined);
    const done = sample.touches.filter((touch) => touch.followUp?.doneOn);
    expect(open.length).toBeGreaterThan(0);
    expect(done.length).toBeGreaterThan(open.length);
    expect(open.some((touch) => (touch.followUpOn as string) < today)).toBe(true);
  });

  it('records referrals for referred clients, by earlier clients or outside people, some thanked', () => {
    expect(sample.referrals.length).toBeGreaterThan(10);
    for (const referral of sample.referrals) {
      expect(clientIds.has(referral.clientId)).toBe(true);
      if (referral.referrerClientId) expect(clientIds.has(referral.referrerClientId)).toBe(true);
      else expect(referral.referrerName).not.toBe('');
    }
    expect(sample.touches.some((touch) => touch.kind === 'thank-you')).toBe(true);
  });
});
