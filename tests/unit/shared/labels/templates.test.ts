import {
  type CustomLabelTemplateInput,
  customLabelTemplate,
  type LabelTemplate,
  labelsPerSheet,
  labelTemplateById,
  labelTemplates,
  validateLabelOffset,
  validateLabelTemplate,
} from '@shared/labels';
import { describe, expect, it } from 'vitest';

describe('built-in label templates', () => {
  it('offers the four Avery sheets by id', () => {
    expect(labelTemplates.map((template) => template.id)).toEqual([
      'avery-5160',
      'avery-5163',
      'avery-l7160',
      'avery-l7163',
    ]);
  });

  it.each([
    ['avery-5160', 30, 215.9, 279.4],
    ['avery-5163', 10, 215.9, 279.4],
    ['avery-l7160', 21, 210, 297],
    ['avery-l7163', 14, 210, 297],
  ])('%s has %i labels on a %s × %s mm page', (id, count, width, height) => {
    const template = labelTemplateById(id) as LabelTemplate;
    expect(labelsPerSheet(template)).toBe(count);
    expect([template.pageWidthMm, template.pageHeightMm]).toEqual([width, height]);
  });

  it('matches the published label sizes (2⅝ × 1 in, 4 × 2 in, 63.5 × 38.1 mm, 99.1 × 38.1 mm)', () => {
    const size = (id: string) => {
      const template = labelTemplateById(id) as LabelTemplate;
      return [template.labelWidthMm, template.labelHeightMm];
    };
    expect(size('avery-5160')[0]).toBeCloseTo(2.625 * 25.4, 1);
    expect(size('avery-5160')[1]).toBeCloseTo(25.4, 2);
    expect(size('avery-5163')).toEqual([101.6, 50.8]);
    expect(size('avery-l7160')).toEqual([63.5, 38.1]);
    expect(size('avery-l7163')[0]).toBeCloseTo(99.1, 1);
  });

  it.each(labelTemplates.map((template) => [template.id, template] as const))(
    '%s: every label lies on the page, none overlapping, the sheet balanced left and right',
    (_id, template) => {
      expect(validateLabelTemplate(template)).toEqual({});
      const right =
        template.leftMarginMm + (template.columns - 1) * template.horizontalPitchMm + template.labelWidthMm;
      const bottom =
        template.topMarginMm + (template.rows - 1) * template.verticalPitchMm + template.labelHeightMm;
      expect(right).toBeLessThanOrEqual(template.pageWidthMm);
      expect(bottom).toBeLessThanOrEqual(template.pageHeightMm);
      // Die-cut sheets are centred: the two side margins differ by a fraction of a millimetre.
      expect(Math.abs(template.pageWidthMm - right - template.leftMarginMm)).toBeLessThan(0.1);
    },
  );
});

const letter3x10: CustomLabelTemplateInput = {
  pageWidthMm: 215.9,
  pageHeightMm: 279.4,
  labelWidthMm: 66.68,
  labelHeightMm: 25.4,
  columns: 3,
  rows: 10,
  leftMarginMm: 4.78,
  topMarginMm: 12.7,
  horizontalPitchMm: 69.85,
  verticalPitchMm: 25.4,
};

describe('customLabelTemplate', () => {
  it('builds a template from valid measurements', () => {
    const { template, errors } = customLabelTemplate({ ...letter3x10, name: 'My labels' });
    expect(errors).toEqual({});
    expect(template).toMatchObject({
      id: 'custom',
      name: 'My labels',
      columns: 3,
      rows: 10,
      cornerRadiusMm: 0,
    });
    expect(template?.description).toBe('66.68 mm × 25.4 mm, 30 per sheet');
  });

  it('refuses labels that do not fit on the page', () => {
    const { template, errors } = customLabelTemplate({ ...letter3x10, leftMarginMm: 10 });
    expect(template).toBeNull();
    expect(errors.columns).toBe('3 columns need 216.38 mm but the page is 215.9 mm wide.');
    expect(validateLabelTemplate({ ...letter3x10, rows: 11 }).rows).toMatch(/page is 279\.4 mm high/);
  });

  it('refuses a pitch smaller than the label, which would overlap labels', () => {
    expect(validateLabelTemplate({ ...letter3x10, horizontalPitchMm: 60 }).horizontalPitchMm).toBe(
      'Must be at least the label width (66.68 mm).',
    );
    // One row: the vertical pitch is never used, so it does not matter.
    expect(validateLabelTemplate({ ...letter3x10, rows: 1, verticalPitchMm: 0 })).toEqual({});
  });

  it('refuses sizes that are zero, negative, not numbers, or not whole counts', () => {
    const errors = validateLabelTemplate({
      ...letter3x10,
      labelWidthMm: 0,
      pageHeightMm: Number.NaN,
      topMarginMm: -1,
      columns: 2.5,
    });
    expect(Object.keys(errors).sort()).toEqual(['columns', 'labelWidthMm', 'pageHeightMm', 'topMarginMm']);
  });
});

describe('validateLabelOffset', () => {
  it('accepts a nudge of a few millimetres either way', () => {
    expect(validateLabelOffset({ x: -1.5, y: 2 })).toEqual({});
  });

  it('refuses a nudge so large it must be the wrong template', () => {
    expect(Object.keys(validateLabelOffset({ x: 12, y: Number.NaN }))).toEqual(['x', 'y']);
  });
});
