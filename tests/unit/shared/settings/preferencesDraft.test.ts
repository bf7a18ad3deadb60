import { defaultSettings } from '@shared/model/settings';
import { preferencesDraftFrom, readPreferencesDraft } from '@shared/settings/preferencesDraft';
import { describe, expect, it } from 'vitest';

describe('preferences draft', () => {
  it('reads typed thresholds into settings', () => {
    const draft = { ...preferencesDraftFrom(defaultSettings), repeatText: '3', lapsedText: ' 18 ' };
    const { settings, errors } = readPreferencesDraft(draft);
    expect(errors).toEqual({});
    expect(settings).toMatchObject({
      repeatMinCompletedProjects: 3,
      lapsedAfterMonths: 18,
      staleAfterMonths: 12,
    });
  });

  it('explains thresholds that are not whole numbers in range', () => {
    const draft = {
      ...preferencesDraftFrom(defaultSettings),
      repeatText: '1',
      lapsedText: '1.5',
      staleText: '',
    };
    expect(readPreferencesDraft(draft).errors).toEqual({
      repeat: 'Enter the number of projects as a whole number from 2 to 100.',
      lapsed: 'Enter the number of months as a whole number from 1 to 240.',
      stale: 'Enter the number of months as a whole number from 1 to 240.',
    });
  });

  it('reads exchange rates into the home currency and explains one that is not a positive number', () => {
    const draft = {
      ...preferencesDraftFrom(defaultSettings),
      rateTexts: { EUR: '1,08', GBP: ' ', JPY: 'abc', USD: '2' },
    };
    const { settings, errors } = readPreferencesDraft(draft);
    expect(settings.exchangeRates).toEqual({ EUR: 1.08 });
    expect(errors).toEqual({ 'rate.JPY': 'Enter what 1 JPY is worth in USD, like 1.08, or leave it blank.' });
  });
});
