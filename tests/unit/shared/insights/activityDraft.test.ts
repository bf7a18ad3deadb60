import { describe, expect, it } from 'vitest';
import { emptyActivityDraft, parseActivityDraft } from '../../../../shared/insights/activityDraft';

describe('parseActivityDraft', () => {
  it('turns typed amounts and counts into minor units and numbers', () => {
    const draft = {
      ...emptyActivityDraft('2026-03-01'),
      name: ' Spring webinar ',
      spend: [{ label: 'Platform', amount: '1,250.50' }],
      hours: '2,5',
      reach: [{ date: '2026-03-02', measure: 'attendees' as const, count: '48' }],
    };
    const result = parseActivityDraft(draft, 'EUR');
    expect(result).toMatchObject({
      ok: true,
      details: {
        name: 'Spring webinar',
        spend: [{ label: 'Platform', amount: { amountMinor: 125050, currency: 'EUR' } }],
        hours: 2.5,
        reach: [{ count: 48 }],
      },
    });
  });

  it('says what is wrong at each field and saves nothing', () => {
    const draft = {
      ...emptyActivityDraft('2026-03-01'),
      endDate: '2026-02-01',
      spend: [{ label: '', amount: 'lots' }],
      hours: '-1',
      reach: [{ date: '', measure: 'attendees' as const, count: '4.5' }],
    };
    const result = parseActivityDraft(draft, 'USD');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(
      ['endDate', 'hours', 'name', 'reach.0.count', 'reach.0.date', 'spend.0.amount', 'spend.0.label'].sort(),
    );
    expect(result.errors.endDate).toBe('The end is before the start.');
  });
});
