import type { FieldErrors } from '../validation/fieldErrors';
import { hasErrors } from '../validation/fieldErrors';
import type { CustomLabelTemplateInput } from './customTemplate';
import { customLabelTemplate, customLabelTemplateId, validateLabelOffset } from './customTemplate';
import type { LabelOffset, LabelTemplate } from './templates';
import { labelsPerSheet, labelTemplateById, labelTemplates, noLabelOffset } from './templates';

/**
 * A starting point for a sheet the app does not know: 24 labels of 70 × 37 mm on A4, a common
 * size without margins between labels. The user measures their own sheet and corrects it.
 */
export const defaultCustomLabelTemplate: CustomLabelTemplateInput = {
  name: 'My label sheet',
  pageWidthMm: 210,
  pageHeightMm: 297,
  labelWidthMm: 70,
  labelHeightMm: 37,
  columns: 3,
  rows: 8,
  leftMarginMm: 0,
  topMarginMm: 0.5,
  horizontalPitchMm: 70,
  verticalPitchMm: 37,
  cornerRadiusMm: 0,
};

export const defaultLabelTemplateId = labelTemplates[0]?.id ?? 'avery-5160';

/** True for the id of a known sheet or of the custom one. */
export function isLabelTemplateId(id: string): boolean {
  return id === customLabelTemplateId || labelTemplateById(id) !== undefined;
}

/**
 * The sheet to print on: a known one by id, or the user's custom sheet when it is valid.
 * Errors are keyed by the custom template's field names.
 */
export function chosenLabelTemplate(
  templateId: string,
  custom: CustomLabelTemplateInput,
): { template: LabelTemplate | null; errors: FieldErrors } {
  if (templateId === customLabelTemplateId) return customLabelTemplate(custom);
  const template = labelTemplateById(templateId) ?? labelTemplateById(defaultLabelTemplateId);
  return { template: template ?? null, errors: {} };
}

/** The stored nudge for a template, or none when there is none or it is out of range. */
export function labelOffsetFor(
  offsets: Readonly<Record<string, LabelOffset>>,
  templateId: string,
): LabelOffset {
  const offset = offsets[templateId];
  if (!offset || hasErrors(validateLabelOffset(offset))) return noLabelOffset;
  return { x: offset.x, y: offset.y };
}

/** A start position that exists on the sheet: a sheet with fewer labels moves it to its last. */
export function startPositionOn(template: Pick<LabelTemplate, 'columns' | 'rows'>, startAt: number): number {
  const last = labelsPerSheet(template);
  if (!Number.isInteger(startAt) || startAt < 1) return 1;
  return Math.min(startAt, last);
}

/** How many labels are left on the first sheet when printing starts at `startAt`. */
export function labelsLeftOnFirstSheet(template: Pick<LabelTemplate, 'columns' | 'rows'>, startAt: number) {
  return labelsPerSheet(template) - startPositionOn(template, startAt) + 1;
}
