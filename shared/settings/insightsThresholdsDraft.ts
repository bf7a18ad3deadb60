import type { Settings } from '../model/settings';
import { formatMinorForInput, parseMoney } from '../money/money';
import type { FieldErrors } from '../validation/fieldErrors';

export type InsightsThresholds = Pick<
  Settings,
  'dueToBuyLeadWeeks' | 'marketingWindowMonths' | 'marketingJudgeAfterMonths' | 'hourValueMinor'
>;

/** The insights thresholds as typed; the hour value in the home currency, blank for "not counted". */
export interface InsightsThresholdsDraft {
  dueToBuyLeadWeeks: string;
  marketingWindowMonths: string;
  marketingJudgeAfterMonths: string;
  hourValue: string;
}

/** Each whole-number field: its name in messages and the range that makes sense. */
const wholeNumberFields = {
  dueToBuyLeadWeeks: { name: 'Weeks ahead to list clients due to buy', min: 1, max: 26, unit: 'weeks' },
  marketingWindowMonths: {
    name: 'Months of revenue counted for marketing',
    min: 1,
    max: 120,
    unit: 'months',
  },
  marketingJudgeAfterMonths: { name: 'Months before judging an activity', min: 0, max: 60, unit: 'months' },
} as const;

export function insightsThresholdsDraftFrom(settings: Settings): InsightsThresholdsDraft {
  return {
    dueToBuyLeadWeeks: String(settings.dueToBuyLeadWeeks),
    marketingWindowMonths: String(settings.marketingWindowMonths),
    marketingJudgeAfterMonths: String(settings.marketingJudgeAfterMonths),
    hourValue:
      settings.hourValueMinor > 0 ? formatMinorForInput(settings.hourValueMinor, settings.homeCurrency) : '',
  };
}

function readWholeNumber(field: keyof typeof wholeNumberFields, text: string, errors: FieldErrors): number {
  const { name, min, max, unit } = wholeNumberFields[field];
  const value = Number(text.trim());
  if (text.trim() === '' || !Number.isInteger(value) || value < min || value > max) {
    errors[field] = `${name}: enter a whole number of ${unit} from ${min} to ${max}.`;
    return min;
  }
  return value;
}

/** "Enter a number" reads on after a colon as "enter a number"; "USD has…" stays as it is. */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? `${text.charAt(0).toLowerCase()}${text.slice(1)}` : text;
}

/** Checks the typed thresholds; errors are keyed by setting and name the field they belong to. */
export function readInsightsThresholdsDraft(
  draft: InsightsThresholdsDraft,
  homeCurrency: string,
): { thresholds: InsightsThresholds; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const thresholds: InsightsThresholds = {
    dueToBuyLeadWeeks: readWholeNumber('dueToBuyLeadWeeks', draft.dueToBuyLeadWeeks, errors),
    marketingWindowMonths: readWholeNumber('marketingWindowMonths', draft.marketingWindowMonths, errors),
    marketingJudgeAfterMonths: readWholeNumber(
      'marketingJudgeAfterMonths',
      draft.marketingJudgeAfterMonths,
      errors,
    ),
    hourValueMinor: 0,
  };
  if (draft.hourValue.trim() !== '') {
    const parsed = parseMoney(draft.hourValue, homeCurrency);
    if (!parsed.ok) errors.hourValueMinor = `What an hour of your time is worth: ${lowerFirst(parsed.error)}`;
    else if (parsed.amountMinor < 0)
      errors.hourValueMinor = `What an hour of your time is worth: enter an amount of 0 or more in ${homeCurrency}, or leave it blank.`;
    else thresholds.hourValueMinor = parsed.amountMinor;
  }
  return { thresholds, errors };
}
