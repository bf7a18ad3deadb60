import type { AssessOptions } from '@shared/insights/marketing';
import type { Settings } from '@shared/model/settings';

/** The assessment options from Settings: the hour value counts only once the user has set one. */
export function assessOptions(settings: Settings, today: string, windowMonths: number): AssessOptions {
  return {
    today,
    windowMonths,
    hourValue:
      settings.hourValueMinor > 0
        ? { amountMinor: settings.hourValueMinor, currency: settings.homeCurrency }
        : null,
  };
}
