import type { Settings } from '../model/settings';
import type { FieldErrors } from '../validation/fieldErrors';

/** The numeric settings as typed, validated into whole numbers in a sensible range. */
export interface PreferencesDraft {
  settings: Settings;
  repeatText: string;
  lapsedText: string;
  staleText: string;
  /** Exchange rates as typed, by currency code; blank means no rate. */
  rateTexts: Record<string, string>;
}

export function preferencesDraftFrom(settings: Settings): PreferencesDraft {
  return {
    settings,
    repeatText: String(settings.repeatMinCompletedProjects),
    lapsedText: String(settings.lapsedAfterMonths),
    staleText: String(settings.staleAfterMonths),
    rateTexts: Object.fromEntries(
      Object.entries(settings.exchangeRates).map(([currency, rate]) => [currency, String(rate)]),
    ),
  };
}

function wholeNumber(
  text: string,
  min: number,
  max: number,
  what: string,
  errors: FieldErrors,
  key: string,
): number {
  const value = Number(text.trim());
  if (text.trim() === '' || !Number.isInteger(value) || value < min || value > max) {
    errors[key] = `Enter ${what} as a whole number from ${min} to ${max}.`;
    return min;
  }
  return value;
}

/** Rates the user typed (blank ones left out); a rate must be a positive number like 1.08 or 1,08. */
function exchangeRates(draft: PreferencesDraft, errors: FieldErrors): Record<string, number> {
  const rates: Record<string, number> = {};
  for (const [currency, typed] of Object.entries(draft.rateTexts)) {
    const text = typed.trim().replace(',', '.');
    if (text === '' || currency === draft.settings.homeCurrency) continue;
    const rate = Number(text);
    if (!/^\d*\.?\d+$/.test(text) || !(rate > 0)) {
      errors[`rate.${currency}`] =
        `Enter what 1 ${currency} is worth in ${draft.settings.homeCurrency}, like 1.08, or leave it blank.`;
      continue;
    }
    rates[currency] = rate;
  }
  return rates;
}

export function readPreferencesDraft(draft: PreferencesDraft): { settings: Settings; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const settings: Settings = {
    ...draft.settings,
    repeatMinCompletedProjects: wholeNumber(
      draft.repeatText,
      2,
      100,
      'the number of projects',
      errors,
      'repeat',
    ),
    lapsedAfterMonths: wholeNumber(draft.lapsedText, 1, 240, 'the number of months', errors, 'lapsed'),
    staleAfterMonths: wholeNumber(draft.staleText, 1, 240, 'the number of months', errors, 'stale'),
    exchangeRates: exchangeRates(draft, errors),
  };
  return { settings, errors };
}
