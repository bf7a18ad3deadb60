import type { CustomLabelTemplateInput } from '../labels/customTemplate';
import { defaultCustomLabelTemplate, defaultLabelTemplateId } from '../labels/labelSettings';
import { defaultLabelTextOptions, type LabelTextOptions } from '../labels/labelTextOptions';
import type { LabelOffset } from '../labels/templates';
import type { PostalAddress } from './client';

/** The user's preferences. Thresholds drive the client badges. */
export interface Settings {
  /** ISO 4217 code used for totals and new projects. */
  homeCurrency: string;
  /** Units of the home currency one unit of another currency is worth, as the user entered them. */
  exchangeRates: Record<string, number>;
  /** A client with at least this many completed projects is a repeat client. */
  repeatMinCompletedProjects: number;
  /** A client whose last project is older than this many months is lapsed. */
  lapsedAfterMonths: number;
  /** Details not verified for this many months are flagged. */
  staleAfterMonths: number;
  /** The freelancer's own name and address, for return-address labels and domestic mail. */
  ownName: string;
  ownAddress: PostalAddress;
  /** The label sheet chosen last time, offered first next time. */
  lastLabelTemplateId: string;
  /** The user's own label sheet, for sheets the app does not know. */
  customLabelTemplate: CustomLabelTemplateInput;
  /** Alignment nudge per label template id: each printer feeds each sheet a little differently. */
  labelOffsets: Record<string, LabelOffset>;
  /** How address labels name people: job titles, name order, capitals on the last line. */
  labelTextOptions: LabelTextOptions;
  /** A sent survey with no answer after this many days shows "reminder due". */
  surveyReminderAfterDays: number;
  /** Clients due to buy are listed this many weeks before the expected purchase. */
  dueToBuyLeadWeeks: number;
  /** Marketing revenue counts this many months after a client's first project. */
  marketingWindowMonths: number;
  /** Activities younger than this many months are "too early to judge". */
  marketingJudgeAfterMonths: number;
  /** What an hour of the user's own time is worth, in minor units of the home currency; 0 = not counted. */
  hourValueMinor: number;
}

export const defaultSettings: Settings = {
  homeCurrency: 'USD',
  exchangeRates: {},
  repeatMinCompletedProjects: 2,
  lapsedAfterMonths: 24,
  staleAfterMonths: 12,
  ownName: '',
  ownAddress: { lines: [], city: '', region: '', postalCode: '', country: '' },
  lastLabelTemplateId: defaultLabelTemplateId,
  customLabelTemplate: defaultCustomLabelTemplate,
  labelOffsets: {},
  labelTextOptions: defaultLabelTextOptions,
  surveyReminderAfterDays: 14,
  dueToBuyLeadWeeks: 6,
  marketingWindowMonths: 12,
  marketingJudgeAfterMonths: 6,
  hourValueMinor: 0,
};
