import { fitLabelSheet, labelFloorPt } from '@shared/labels/fitSheet';
import { labelPadding } from '@shared/labels/fitText';
import { labelTemplateById } from '@shared/labels/templates';
import { describe, expect, it } from 'vitest';

const template = labelTemplateById('avery-5160');
if (!template) throw new Error('template missing');
const padding = labelPadding(template);
const box = {
  widthMm: template.labelWidthMm - 2 * padding.xMm,
  heightMm: template.labelHeightMm - 2 * padding.yMm,
};
const range = { minPt: 8, maxPt: 11 };
const short = ['Jane Doe', '100 Main Street', 'Boston, MA 02110'];

describe('fitting a sheet of labels', () => {
  it('prints every label at the largest size in the range when all fit', () => {
    const fit = fitLabelSheet([short, ['Li Wei', '1 Elm Rd', 'Austin, TX 78701']], box, range);
    expect(fit.fontSizePt).toBe(11);
    expect(fit.labels.map((label) => label.fontSizePt)).toEqual([11, 11]);
    expect(fit.labels.every((label) => !label.shrunk && label.fits)).toBe(true);
  });

  it('uses one size for the whole sheet: the largest at which every label fits', () => {
    const longer = ['Jane Doe', 'Northern Lights Consulting Group', '100 Main Street', 'Boston, MA 02110'];
    const fit = fitLabelSheet([short, longer], box, range);
    expect(fit.fontSizePt).toBeLessThan(11);
    expect(fit.fontSizePt).toBeGreaterThanOrEqual(8);
    expect(new Set(fit.labels.map((label) => label.fontSizePt))).toEqual(new Set([fit.fontSizePt]));
  });

  it('wraps a long organization name onto the next line at a space instead of shrinking it alone', () => {
    const organization = 'The International Association of Independent Heritage Conservation Architects';
    const fit = fitLabelSheet([['Jane Doe', organization, 'Boston, MA 02110']], box, { minPt: 6, maxPt: 11 });
    const label = fit.labels[0];
    expect(label?.lines.length).toBeGreaterThan(3);
    expect(label?.lines.join(' ')).toBe(`Jane Doe ${organization} Boston, MA 02110`);
    expect(label?.fits).toBe(true);
  });

  it('shrinks only the labels that still do not fit at the smallest size of the range, and flags them', () => {
    const crowded = [
      'Dr Jane Doe',
      'Head of Conservation',
      'Heritage Trust',
      'Building 4, Floor 2',
      'Suite 1200',
      '100 Main Street',
      'Boston, MA 02110',
    ];
    const fit = fitLabelSheet([short, crowded], box, { minPt: 10, maxPt: 11 });
    expect(fit.fontSizePt).toBe(10);
    expect(fit.labels[0]).toMatchObject({ fontSizePt: 10, shrunk: false });
    expect(fit.labels[1]?.shrunk).toBe(true);
    expect(fit.labels[1]?.fontSizePt).toBeLessThan(10);
    expect(fit.labels[1]?.fontSizePt).toBeGreaterThanOrEqual(labelFloorPt);
  });

  it('never goes below the floor and never cuts text: a label that cannot fit is reported whole', () => {
    const endless = 'Pneumonoultramicroscopicsilicovolcanoconiosisresearchinstitute'.repeat(2);
    const fit = fitLabelSheet([short, ['Jane Doe', endless]], box, range);
    expect(fit.labels[1]).toMatchObject({
      fits: false,
      fontSizePt: labelFloorPt,
      lines: ['Jane Doe', endless],
    });
    expect(fit.labels.flatMap((label) => label.lines).some((line) => line.includes('…'))).toBe(false);
    expect(fit.fontSizePt).toBe(8);
  });

  it('keeps to a range the user set, whatever order its ends are in', () => {
    expect(fitLabelSheet([short], box, { minPt: 9, maxPt: 9 }).fontSizePt).toBe(9);
    expect(fitLabelSheet([short], box, { minPt: 10, maxPt: 8 }).fontSizePt).toBe(10);
  });
});
