import type { Settings } from '../model/settings';
import type { FieldErrors } from '../validation/fieldErrors';

/** The numeric settings as typed, validated into whole numbers in a sensible range. */
export interface PreferencesDraft {
  settings: Settings;
  repeatText: string;
  lapsedText: string;
  staleText: string;
}

export function preferencesDraftFrom(settings: Settings): PreferencesDraft {
  return {
    settings,
    repeatText: String(settings.repeatMinCompletedProjects),
    lapsedText: String(settings.lapsedAfterMonths),
    staleText: String(settings.staleAfterMonths),
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
  };
  return { settings, errors };
}
