import { defaultSettings } from '@shared/model/settings';
import { changedSettings } from '@shared/settings/changedSettings';
import { describe, expect, it } from 'vitest';

describe('the settings a form changed', () => {
  it('are only those edited, so saving them leaves what another form saved meanwhile', () => {
    const opened = { ...defaultSettings, ownName: '', lapsedAfterMonths: 24 };
    const edited = { ...opened, ownName: 'Ana Ruiz Design' };
    expect(changedSettings(opened, edited)).toEqual({ ownName: 'Ana Ruiz Design' });
  });

  it('compare nested values by content: an exchange rate typed anew is a change, the same rates are not', () => {
    const opened = { ...defaultSettings, exchangeRates: { EUR: 1.08 } };
    expect(changedSettings(opened, { ...opened, exchangeRates: { EUR: 1.08 } })).toEqual({});
    expect(changedSettings(opened, { ...opened, exchangeRates: { EUR: 1.1 } })).toEqual({
      exchangeRates: { EUR: 1.1 },
    });
  });
});
