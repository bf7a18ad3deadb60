import { estimateTextWidthEm, fitLabelText, labelFontSizes } from '@shared/labels';
import { describe, expect, it } from 'vitest';

/** The text area of an Avery 5160 label (66.68 × 25.4 mm less its padding). */
const box5160 = { widthMm: 60.68, heightMm: 21.4 };

describe('estimateTextWidthEm', () => {
  it('counts wide letters wider than narrow ones', () => {
    expect(estimateTextWidthEm('WWWW')).toBeGreaterThan(estimateTextWidthEm('iiii') * 2.5);
  });

  it('counts Chinese characters a full em each, wider than Latin letters', () => {
    expect(estimateTextWidthEm('李小龍')).toBe(3);
    expect(estimateTextWidthEm('李小龍')).toBeGreaterThan(estimateTextWidthEm('Lee'));
  });

  it('counts accented and Cyrillic letters like their plain look-alikes', () => {
    expect(estimateTextWidthEm('Zoë')).toBe(estimateTextWidthEm('Zoe'));
    expect(estimateTextWidthEm('Мария')).toBeGreaterThan(estimateTextWidthEm('ария'));
  });
});

describe('fitLabelText', () => {
  it('keeps a normal address at the full size', () => {
    const fitted = fitLabelText(['Jane Doe', '100 Main Street', 'Boston, MA 02110'], box5160);
    expect(fitted.fontSizePt).toBe(labelFontSizes.maxPt);
    expect(fitted.lines.every((line) => line.fontSizePt === labelFontSizes.maxPt)).toBe(true);
    expect(fitted.truncated).toBe(false);
  });

  it('shrinks a line too long for the label, and only that line, keeping its text whole', () => {
    const longName = 'Worldwide Holiday Greeting Card Federation';
    const fitted = fitLabelText(['Jane Doe', longName, 'Boston, MA 02110'], box5160);
    const [name, organization] = fitted.lines;
    expect(organization?.text).toBe(longName);
    expect(organization?.fontSizePt).toBeLessThan(labelFontSizes.maxPt);
    expect(organization?.fontSizePt).toBeGreaterThanOrEqual(labelFontSizes.minPt);
    expect(name?.fontSizePt).toBe(labelFontSizes.maxPt);
    // At its size the line's estimated width fits the box (1 pt = 25.4 / 72 mm).
    const widthMm = estimateTextWidthEm(longName) * (organization?.fontSizePt ?? 0) * (25.4 / 72);
    expect(widthMm).toBeLessThanOrEqual(box5160.widthMm);
  });

  it('sets every line smaller when there are too many lines for the height', () => {
    const lines = ['Jane Doe', 'Head of Marketing', 'Acme', 'Suite 400', '100 Main St', 'Boston, MA', 'USA'];
    const fitted = fitLabelText(lines, box5160);
    expect(fitted.fontSizePt).toBeLessThan(labelFontSizes.maxPt);
    expect(fitted.lines).toHaveLength(7);
    expect(fitted.lines.length * fitted.fontSizePt * 1.2).toBeLessThanOrEqual(box5160.heightMm * (72 / 25.4));
  });

  it('cuts a line with "…" only when even the smallest size is too big', () => {
    const endless = 'The International Association of Professional Holiday Card Designers and Illustrators';
    const fitted = fitLabelText([endless], box5160);
    expect(fitted.truncated).toBe(true);
    expect(fitted.lines[0]?.fontSizePt).toBe(labelFontSizes.minPt);
    expect(fitted.lines[0]?.text).toMatch(/^The International Association.*…$/);
  });

  it('drops lines below the last that fits at the smallest size, and says so', () => {
    const lines = Array.from({ length: 20 }, (_, index) => `Line ${index + 1}`);
    const fitted = fitLabelText(lines, box5160);
    expect(fitted.truncated).toBe(true);
    expect(fitted.lines.length).toBeLessThan(20);
    expect(fitted.lines[0]?.text).toBe('Line 1');
  });
});
