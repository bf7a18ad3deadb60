import { isValidIsoDate } from '../dates/isoDate';
import type {
  MarketingActivityDetails,
  MarketingChannel,
  MarketingObjective,
  ReachMeasure,
  TrackingMechanism,
} from '../model/marketing';
import { formatMinorForInput, parseMoney } from '../money/money';

/** An activity as typed on the form: amounts and counts still text. */
export interface ActivityDraft {
  name: string;
  channel: MarketingChannel;
  objective: MarketingObjective;
  startDate: string;
  endDate: string;
  spend: { label: string; amount: string }[];
  hours: string;
  tracking: TrackingMechanism;
  trackingDetail: string;
  reach: { date: string; measure: ReachMeasure; count: string }[];
  notes: string;
}

export function emptyActivityDraft(today: string): ActivityDraft {
  return {
    name: '',
    channel: 'webinar',
    objective: 'new-clients',
    startDate: today,
    endDate: '',
    spend: [],
    hours: '',
    tracking: '',
    trackingDetail: '',
    reach: [],
    notes: '',
  };
}

export function activityDraftOf(details: MarketingActivityDetails): ActivityDraft {
  return {
    ...details,
    spend: details.spend.map((item) => ({
      label: item.label,
      amount: formatMinorForInput(item.amount.amountMinor, item.amount.currency),
    })),
    hours: details.hours ? String(details.hours) : '',
    reach: details.reach.map((figure) => ({ ...figure, count: String(figure.count) })),
  };
}

export type ActivityDraftResult =
  | { ok: true; details: MarketingActivityDetails }
  | { ok: false; errors: Record<string, string> };

/** Checks a draft: each problem keyed by its field ("spend.1.amount") with what is wrong in words. */
export function parseActivityDraft(draft: ActivityDraft, currency: string): ActivityDraftResult {
  const errors: Record<string, string> = {};
  if (draft.name.trim() === '') errors.name = 'Give the activity a name.';
  if (!isValidIsoDate(draft.startDate)) errors.startDate = 'Enter the day it started.';
  if (draft.endDate !== '' && !isValidIsoDate(draft.endDate))
    errors.endDate = 'Enter a real date, or leave it empty while it runs.';
  else if (draft.endDate !== '' && draft.endDate < draft.startDate)
    errors.endDate = 'The end is before the start.';
  const spend = draft.spend.map((item, index) => {
    const parsed = parseMoney(item.amount, currency);
    if (!parsed.ok) errors[`spend.${index}.amount`] = parsed.error;
    if (item.label.trim() === '') errors[`spend.${index}.label`] = 'Say what the money went on.';
    return {
      label: item.label.trim(),
      amount: { amountMinor: parsed.ok ? parsed.amountMinor : 0, currency },
    };
  });
  const hours = draft.hours.trim() === '' ? 0 : Number(draft.hours.replace(',', '.'));
  if (!Number.isFinite(hours) || hours < 0) errors.hours = 'Enter hours as a number, like 12 or 2.5.';
  const reach = draft.reach.map((figure, index) => {
    const count = Number(figure.count);
    if (!Number.isSafeInteger(count) || count < 0) errors[`reach.${index}.count`] = 'Enter a whole number.';
    if (!isValidIsoDate(figure.date)) errors[`reach.${index}.date`] = 'Enter the day of the figure.';
    return { date: figure.date, measure: figure.measure, count: Number.isSafeInteger(count) ? count : 0 };
  });
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    details: {
      name: draft.name.trim(),
      channel: draft.channel,
      objective: draft.objective,
      startDate: draft.startDate,
      endDate: draft.endDate,
      spend,
      hours,
      tracking: draft.tracking,
      trackingDetail: draft.trackingDetail.trim(),
      reach,
      notes: draft.notes.trim(),
    },
  };
}
