import {
  type LabelTemplate,
  labelCell,
  labelSheetHtml,
  labelTemplateById,
  sheetsNeeded,
} from '@shared/labels';
import { describe, expect, it } from 'vitest';

const avery5160 = labelTemplateById('avery-5160') as LabelTemplate;

function labelsNumbered(count: number): string[][] {
  return Array.from({ length: count }, (_, index) => [`Client ${index + 1}`, '100 Main Street']);
}

function sheets(html: string): string[] {
  return html.split('<section class="sheet"').slice(1);
}

/** The left and top of each label on a sheet, in the order they appear. */
function positions(sheet: string): string[] {
  return [...sheet.matchAll(/left:([\d.]+)mm;top:([\d.]+)mm/g)].map((match) => `${match[1]},${match[2]}`);
}

describe('labelSheetHtml', () => {
  it('is a complete document with the sheet size as the CSS page size and no margins', () => {
    const html = labelSheetHtml(labelsNumbered(1), 'avery-l7160');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('@page { size: 210mm 297mm; margin: 0; }');
    expect(html).not.toContain('<script');
  });

  it('fills a sheet row by row, in millimetres from the published margins and pitch', () => {
    const [first] = sheets(labelSheetHtml(labelsNumbered(4), 'avery-5160'));
    expect(positions(first ?? '')).toEqual(['4.78,12.7', '74.63,12.7', '144.48,12.7', '4.78,38.1']);
  });

  it('starts at the chosen position on a partly used sheet, then fills later sheets from the top', () => {
    const html = labelSheetHtml(labelsNumbered(30), 'avery-5160', { startAt: 29 });
    const [first, second] = sheets(html);
    expect(sheets(html)).toHaveLength(2);
    // Positions 29 and 30 are the last row's middle and right labels.
    expect(positions(first ?? '')).toEqual(['74.63,241.3', '144.48,241.3']);
    expect(positions(second ?? '')).toHaveLength(28);
    expect(positions(second ?? '')[0]).toBe('4.78,12.7');
    expect(second).toContain('Client 3<');
  });

  it('agrees with sheetsNeeded and labelCell about where labels go', () => {
    expect(sheetsNeeded(avery5160, 30, 29)).toBe(2);
    expect(sheetsNeeded(avery5160, 0, 1)).toBe(0);
    expect(labelCell(avery5160, 2, 29)).toMatchObject({ sheet: 1, position: 1 });
  });

  it('refuses a start position that is not on the sheet', () => {
    expect(() => labelSheetHtml(labelsNumbered(1), 'avery-5160', { startAt: 31 })).toThrow(RangeError);
    expect(() => labelSheetHtml(labelsNumbered(1), 'avery-5160', { startAt: 0 })).toThrow(RangeError);
  });

  it('refuses a template it does not know', () => {
    expect(() => labelSheetHtml(labelsNumbered(1), 'avery-9999')).toThrow(/Unknown label template/);
  });

  it('escapes text so names with <, & and quotes print as written', () => {
    const html = labelSheetHtml([['Smith & Sons <Ltd>', `O'Brien "Design"`]], 'avery-5160');
    expect(html).toContain('Smith &amp; Sons &lt;Ltd&gt;');
    expect(html).toContain('O&#39;Brien &quot;Design&quot;');
    expect(html).not.toContain('<Ltd>');
  });

  it('escapes the title too', () => {
    expect(labelSheetHtml([], 'avery-5160', { title: 'Cards </title><b>' })).toContain(
      '<title>Cards &lt;/title&gt;&lt;b&gt;</title>',
    );
  });

  // Deliberately changed (issue 11): a long line wraps at the sheet's size instead of shrinking alone.
  it('wraps a long line at the size of the whole sheet, and cuts nothing', () => {
    const html = labelSheetHtml(
      [['Jane Doe', 'Worldwide Holiday Greeting Card Federation of Designers and Printers'], ['Li Wei']],
      'avery-5160',
    );
    const sizes = [...html.matchAll(/font-size:([\d.]+)pt/g)].map((match) => match[1]);
    expect(new Set(sizes).size).toBe(1);
    expect(html).not.toContain('…');
    expect(html).not.toContain('ellipsis');
    expect(html).toContain('<div class="line">Worldwide Holiday Greeting</div>');
    expect(html).toContain('<div class="line">and Printers</div>');
  });

  it('marks labels set smaller than the sheet only in the preview', () => {
    const crowded = [
      'Dr Jane Doe',
      'Head of Conservation',
      'Heritage Trust',
      'Building 4',
      'Suite 1200',
      '100 Main Street',
      'Boston, MA 02110',
    ];
    const preview = labelSheetHtml([['Li Wei'], crowded], 'avery-5160', {
      flagShrunk: true,
      fontRange: { minPt: 10, maxPt: 11 },
    });
    expect(preview).toContain('<body class="flag-shrunk">');
    expect(preview.match(/data-shrunk="true"/g)).toHaveLength(1);
  });

  it('draws outlines only when asked, inside the label edge', () => {
    expect(labelSheetHtml(labelsNumbered(1), 'avery-5160', { outlines: true })).toContain(
      '<body class="outlines">',
    );
    expect(labelSheetHtml(labelsNumbered(1), 'avery-5160')).toContain('<body>');
  });

  it('moves every label by the alignment nudge', () => {
    const [first] = sheets(labelSheetHtml(labelsNumbered(1), 'avery-5160', { offsetMm: { x: 1, y: -0.5 } }));
    expect(positions(first ?? '')).toEqual(['5.78,12.2']);
  });

  it('prints on a custom template when given one', () => {
    const custom: LabelTemplate = { ...avery5160, id: 'custom', columns: 1, rows: 2, leftMarginMm: 20 };
    const html = labelSheetHtml(labelsNumbered(3), 'custom', { template: custom });
    expect(sheets(html)).toHaveLength(2);
    expect(positions(sheets(html)[0] ?? '')).toEqual(['20,12.7', '20,38.1']);
  });

  it('refuses a custom template whose labels do not fit the page', () => {
    const tooWide: LabelTemplate = { ...avery5160, id: 'custom', leftMarginMm: 30 };
    expect(() => labelSheetHtml(labelsNumbered(1), 'custom', { template: tooWide })).toThrow(
      /Invalid label template/,
    );
  });

  it('leaves a cell empty for a label with no lines, keeping the others in place', () => {
    const [first] = sheets(labelSheetHtml([['A'], [], ['C']], 'avery-5160'));
    expect(positions(first ?? '')).toEqual(['4.78,12.7', '144.48,12.7']);
  });

  it('builds 5,000 labels in one document, one page per sheet', () => {
    const html = labelSheetHtml(labelsNumbered(5000), 'avery-5160');
    expect(sheets(html)).toHaveLength(167);
    expect(html).toContain('Client 5000<');
  });
});
