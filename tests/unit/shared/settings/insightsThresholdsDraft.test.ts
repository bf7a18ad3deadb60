import { defaultSettings } from '@shared/model/settings';
import {
  insightsThresholdsDraftFrom,
  readInsightsThresholdsDraft,
} from '@shared/settings/insightsThresholdsDraft';
import { describe, expect, it } from 'vitest';

const draft = insightsThresholdsDraftFrom(defaultSettings);

describe('insights thresholds in Settings', () => {
  it('shows the stored thresholds, with an unset hour value as a blank field', () => {
    expect(draft).toEqual({
      dueToBuyLeadWeeks: '6',
      marketingWindowMonths: '12',
      marketingJudgeAfterMonths: '6',
      hourValue: '',
    });
    expect(insightsThresholdsDraftFrom({ ...defaultSettings, hourValueMinor: 7550 }).hourValue).toBe('75.50');
    expect(
      insightsThresholdsDraftFrom({ ...defaultSettings, homeCurrency: 'JPY', hourValueMinor: 9000 })
        .hourValue,
    ).toBe('9000');
  });

  it('reads an hour value typed in the home currency into minor units', () => {
    const read = readInsightsThresholdsDraft({ ...draft, hourValue: '1.234,50' }, 'EUR');
    expect(read.errors).toEqual({});
    expect(read.thresholds).toEqual({
      dueToBuyLeadWeeks: 6,
      marketingWindowMonths: 12,
      marketingJudgeAfterMonths: 6,
      hourValueMinor: 123_450,
    });
    expect(
      readInsightsThresholdsDraft({ ...draft, hourValue: '¥8000' }, 'JPY').thresholds.hourValueMinor,
    ).toBe(8000);
    expect(readInsightsThresholdsDraft({ ...draft, hourValue: '  ' }, 'USD').thresholds.hourValueMinor).toBe(
      0,
    );
  });

  it('names the field in each message and refuses values out of range', () => {
    const { errors } = readInsightsThresholdsDraft(
      {
        dueToBuyLeadWeeks: '0',
        marketingWindowMonths: '12.5',
        marketingJudgeAfterMonths: 'six',
        hourValue: '-20',
      },
      'USD',
    );
    expect(errors).toEqual({
      dueToBuyLeadWeeks:
        'Weeks ahead to list clients due to buy: enter a whole number of weeks from 1 to 26.',
      marketingWindowMonths:
        'Months of revenue counted for marketing: enter a whole number of months from 1 to 120.',
      marketingJudgeAfterMonths:
        'Months before judging an activity: enter a whole number of months from 0 to 60.',
      hourValueMinor:
        'What an hour of your time is worth: enter an amount of 0 or more in USD, or leave it blank.',
    });
    expect(readInsightsThresholdsDraft({ ...draft, hourValue: 'a lot' }, 'USD').errors.hourValueMinor).toBe(
      'What an hour of your time is worth: enter a number, like 1250 or 1,250.00.',
    );
  });
});
