import type { FieldErrors } from '../validation/fieldErrors';
import type { CustomLabelTemplateInput } from './customTemplate';
import { validateLabelOffset, validateLabelTemplate } from './customTemplate';
import type { LabelOffset } from './templates';

/** The custom sheet's measurements as typed: text, so "3,5" and a half-typed "-" can be held. */
export type CustomTemplateDraft = { name: string } & Record<CustomTemplateNumberField, string>;

const customTemplateNumberFields = [
  'pageWidthMm',
  'pageHeightMm',
  'columns',
  'rows',
  'labelWidthMm',
  'labelHeightMm',
  'leftMarginMm',
  'topMarginMm',
  'horizontalPitchMm',
  'verticalPitchMm',
  'cornerRadiusMm',
] as const;
export type CustomTemplateNumberField = (typeof customTemplateNumberFields)[number];

/** A number as people type it: "3.5", "3,5", " -1 ". Anything else, or nothing, is NaN. */
export function parseDecimal(text: string): number {
  const clean = text.trim().replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(clean)) return Number.NaN;
  return Number(clean);
}

function formatNumber(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? '' : String(value);
}

export function customTemplateDraftFrom(input: CustomLabelTemplateInput): CustomTemplateDraft {
  const draft = { name: input.name ?? '' } as CustomTemplateDraft;
  for (const field of customTemplateNumberFields) draft[field] = formatNumber(input[field]);
  return draft;
}

/** The template the draft describes, and what is wrong with it, keyed by field name. */
export function readCustomTemplateDraft(draft: CustomTemplateDraft): {
  input: CustomLabelTemplateInput;
  errors: FieldErrors;
} {
  const input = { name: draft.name.trim() } as CustomLabelTemplateInput;
  for (const field of customTemplateNumberFields) input[field] = parseDecimal(draft[field]);
  return { input, errors: validateLabelTemplate(input) };
}

export interface LabelOffsetDraft {
  x: string;
  y: string;
}

export function labelOffsetDraftFrom(offset: LabelOffset): LabelOffsetDraft {
  return { x: formatNumber(offset.x), y: formatNumber(offset.y) };
}

/** The nudge the draft describes; an empty field means no nudge that way. */
export function readLabelOffsetDraft(draft: LabelOffsetDraft): { offset: LabelOffset; errors: FieldErrors } {
  const offset = {
    x: draft.x.trim() === '' ? 0 : parseDecimal(draft.x),
    y: draft.y.trim() === '' ? 0 : parseDecimal(draft.y),
  };
  return { offset, errors: validateLabelOffset(offset) };
}

/** Most labels one print asks for: more is a typo, and 5,000 labels make a 170-page document. */
const maxLabelCount = 5000;

/** How many return-address labels to print, as typed. */
export function readLabelCount(text: string): { count: number; error: string } {
  const count = Number(text.trim());
  if (text.trim() === '' || !Number.isInteger(count) || count < 1 || count > maxLabelCount) {
    return { count: 0, error: `Enter a whole number from 1 to ${maxLabelCount.toLocaleString('en-US')}.` };
  }
  return { count, error: '' };
}
