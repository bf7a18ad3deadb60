import {
  chosenLabelTemplate,
  customTemplateDraftFrom,
  defaultCustomLabelTemplate,
  labelOffsetFor,
  labelsLeftOnFirstSheet,
  parseDecimal,
  readCustomTemplateDraft,
  readLabelCount,
  readLabelOffsetDraft,
  startPositionOn,
} from '@shared/labels';
import { labelTemplateById } from '@shared/labels/templates';
import { describe, expect, it } from 'vitest';

describe('parseDecimal', () => {
  it('reads numbers as people type them, with a point or a comma', () => {
    expect(parseDecimal(' 3.5 ')).toBe(3.5);
    expect(parseDecimal('3,5')).toBe(3.5);
    expect(parseDecimal('-1')).toBe(-1);
    expect(parseDecimal('.5')).toBe(0.5);
    expect(parseDecimal('')).toBeNaN();
    expect(parseDecimal('-')).toBeNaN();
    expect(parseDecimal('3 mm')).toBeNaN();
  });
});

describe('the custom template draft', () => {
  it('round-trips the default sheet, which is valid', () => {
    const { input, errors } = readCustomTemplateDraft(customTemplateDraftFrom(defaultCustomLabelTemplate));
    expect(errors).toEqual({});
    expect(input).toEqual(defaultCustomLabelTemplate);
  });

  it('reports each field that is empty or does not fit the page, by field name', () => {
    const draft = { ...customTemplateDraftFrom(defaultCustomLabelTemplate), columns: '', labelHeightMm: 'x' };
    expect(Object.keys(readCustomTemplateDraft(draft).errors).sort()).toEqual(['columns', 'labelHeightMm']);
    const tooMany = { ...customTemplateDraftFrom(defaultCustomLabelTemplate), rows: '9' };
    expect(readCustomTemplateDraft(tooMany).errors.rows).toMatch(
      /9 rows need 333.5 mm but the page is 297 mm/,
    );
  });
});

describe('the nudge draft and the label count', () => {
  it('takes an empty field as no nudge and refuses more than 10 mm', () => {
    expect(readLabelOffsetDraft({ x: '', y: '-1,5' })).toEqual({ offset: { x: 0, y: -1.5 }, errors: {} });
    expect(Object.keys(readLabelOffsetDraft({ x: '12', y: 'a' }).errors)).toEqual(['x', 'y']);
  });

  it('wants a whole number of labels from 1 to 5,000', () => {
    expect(readLabelCount('30')).toEqual({ count: 30, error: '' });
    expect(readLabelCount('0').error).toBe('Enter a whole number from 1 to 5,000.');
    expect(readLabelCount('2.5').error).not.toBe('');
  });
});

describe('label settings', () => {
  it('chooses a known sheet by id, or the custom sheet with its errors', () => {
    expect(chosenLabelTemplate('avery-l7163', defaultCustomLabelTemplate).template?.name).toBe('Avery L7163');
    expect(chosenLabelTemplate('custom', defaultCustomLabelTemplate).template?.columns).toBe(3);
    const broken = chosenLabelTemplate('custom', { ...defaultCustomLabelTemplate, rows: 0 });
    expect(broken.template).toBeNull();
    expect(Object.keys(broken.errors)).toEqual(['rows']);
    expect(chosenLabelTemplate('gone', defaultCustomLabelTemplate).template?.id).toBe('avery-5160');
  });

  it('uses a stored nudge only when it is in range', () => {
    const offsets = { 'avery-5160': { x: 1, y: -0.5 }, 'avery-5163': { x: 40, y: 0 } };
    expect(labelOffsetFor(offsets, 'avery-5160')).toEqual({ x: 1, y: -0.5 });
    expect(labelOffsetFor(offsets, 'avery-5163')).toEqual({ x: 0, y: 0 });
    expect(labelOffsetFor(offsets, 'avery-l7160')).toEqual({ x: 0, y: 0 });
  });

  it('keeps the start position on the sheet and counts the labels left on it', () => {
    const avery5163 = labelTemplateById('avery-5163');
    if (!avery5163) throw new Error('missing template');
    expect(startPositionOn(avery5163, 25)).toBe(10);
    expect(startPositionOn(avery5163, 0)).toBe(1);
    expect(labelsLeftOnFirstSheet(avery5163, 4)).toBe(7);
  });
});
