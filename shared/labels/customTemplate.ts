import type { FieldErrors } from '../validation/fieldErrors';
import { hasErrors } from '../validation/fieldErrors';
import type { LabelOffset, LabelTemplate } from './templates';
import { labelsPerSheet } from './templates';

export const customLabelTemplateId = 'custom';

/** What the user enters for a sheet the app does not know; lengths in millimetres. */
export type CustomLabelTemplateInput = Omit<
  LabelTemplate,
  'id' | 'name' | 'description' | 'cornerRadiusMm'
> & {
  name?: string;
  cornerRadiusMm?: number;
};

/** Larger than any sheet a desktop printer takes, so a typo like 2100 for 210 is caught. */
const maxPageMm = 1000;
const maxCells = 100;
// Sheets are measured to 1/100 mm: allow that much rounding when checking the labels fit.
const toleranceMm = 0.01;
/** A nudge larger than this is a wrong template, not a printer feeding off. */
const maxLabelOffsetMm = 10;

function formatMm(value: number): string {
  return `${Number(value.toFixed(2))} mm`;
}

function checkLength(errors: FieldErrors, field: string, value: number, allowZero: boolean, max = maxPageMm) {
  if (!Number.isFinite(value)) errors[field] = 'Enter a number of millimetres.';
  else if (allowZero ? value < 0 : value <= 0)
    errors[field] = allowZero ? 'Cannot be negative.' : 'Must be more than 0.';
  else if (value > max) errors[field] = `Must be at most ${formatMm(max)}.`;
}

function checkCount(errors: FieldErrors, field: string, value: number) {
  if (!Number.isInteger(value) || value < 1 || value > maxCells) {
    errors[field] = `Enter a whole number from 1 to ${maxCells}.`;
  }
}

/**
 * Checks that a sheet makes sense: positive sizes, pitch at least the label size (labels do not
 * overlap), and every label on the page. Keys are the template's field names.
 */
export function validateLabelTemplate(template: CustomLabelTemplateInput): FieldErrors {
  const errors: FieldErrors = {};
  checkLength(errors, 'pageWidthMm', template.pageWidthMm, false);
  checkLength(errors, 'pageHeightMm', template.pageHeightMm, false);
  checkLength(errors, 'labelWidthMm', template.labelWidthMm, false);
  checkLength(errors, 'labelHeightMm', template.labelHeightMm, false);
  checkLength(errors, 'leftMarginMm', template.leftMarginMm, true);
  checkLength(errors, 'topMarginMm', template.topMarginMm, true);
  checkLength(errors, 'horizontalPitchMm', template.horizontalPitchMm, true);
  checkLength(errors, 'verticalPitchMm', template.verticalPitchMm, true);
  checkLength(errors, 'cornerRadiusMm', template.cornerRadiusMm ?? 0, true);
  checkCount(errors, 'columns', template.columns);
  checkCount(errors, 'rows', template.rows);
  if (hasErrors(errors)) return errors;
  checkAxis(errors, 'horizontal', template);
  checkAxis(errors, 'vertical', template);
  const radius = template.cornerRadiusMm ?? 0;
  if (radius > Math.min(template.labelWidthMm, template.labelHeightMm) / 2) {
    errors.cornerRadiusMm = 'Must be at most half the label’s width and height.';
  }
  return errors;
}

function checkAxis(errors: FieldErrors, axis: 'horizontal' | 'vertical', template: CustomLabelTemplateInput) {
  const across = axis === 'horizontal';
  const count = across ? template.columns : template.rows;
  const size = across ? template.labelWidthMm : template.labelHeightMm;
  const pitch = across ? template.horizontalPitchMm : template.verticalPitchMm;
  const margin = across ? template.leftMarginMm : template.topMarginMm;
  const page = across ? template.pageWidthMm : template.pageHeightMm;
  const pitchField = across ? 'horizontalPitchMm' : 'verticalPitchMm';
  if (count > 1 && pitch + toleranceMm < size) {
    errors[pitchField] = `Must be at least the label ${across ? 'width' : 'height'} (${formatMm(size)}).`;
    return;
  }
  const needed = margin + (count - 1) * pitch + size;
  if (needed > page + toleranceMm) {
    errors[across ? 'columns' : 'rows'] =
      `${count} ${across ? 'columns' : 'rows'} need ${formatMm(needed)} but the page is ${formatMm(page)} ${across ? 'wide' : 'high'}.`;
  }
}

/** A template from the user's measurements, or the errors that stop it from printing right. */
export function customLabelTemplate(
  input: CustomLabelTemplateInput,
): { template: LabelTemplate; errors: FieldErrors } | { template: null; errors: FieldErrors } {
  const errors = validateLabelTemplate(input);
  if (hasErrors(errors)) return { template: null, errors };
  const { name, cornerRadiusMm, ...geometry } = input;
  const count = labelsPerSheet(input);
  return {
    template: {
      ...geometry,
      id: customLabelTemplateId,
      name: name?.trim() || 'Custom labels',
      description: `${formatMm(input.labelWidthMm)} × ${formatMm(input.labelHeightMm)}, ${count} per sheet`,
      cornerRadiusMm: cornerRadiusMm ?? 0,
    },
    errors,
  };
}

/** Checks an alignment nudge: finite, and at most 10 mm either way. */
export function validateLabelOffset(offset: LabelOffset): FieldErrors {
  const errors: FieldErrors = {};
  for (const axis of ['x', 'y'] as const) {
    const value = offset[axis];
    if (!Number.isFinite(value) || Math.abs(value) > maxLabelOffsetMm) {
      errors[axis] = `Enter a number of millimetres from -${maxLabelOffsetMm} to ${maxLabelOffsetMm}.`;
    }
  }
  return errors;
}
