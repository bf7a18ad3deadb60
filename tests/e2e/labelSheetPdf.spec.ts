import { expect, test } from '@playwright/test';
import type { LabelTemplate } from '@shared/labels';
import {
  fitLabelSheet,
  labelPadding,
  labelSheetHtml,
  labelsPerSheet,
  labelTemplateById,
} from '@shared/labels';
import type { PdfTextBox } from './support/labelsPdf';
import { cellHolding, expectedCells, overhangMm, readPdfText, withoutSpaces } from './support/labelsPdf';

/**
 * Prints label sheets to PDF in Chromium, the way the app prints them, and reads every text
 * run's position back: each label's text must lie inside its own die-cut cell (within 0.5 mm),
 * whatever its script; every label's text is printed at the one size of the sheet, and a line
 * too long for the label wraps rather than being cut.
 */

const toleranceMm = 0.5;
const startAt = 5;
/** Organization names too long for one line of the label: they must wrap, whole. */
const longOrganizations: Record<string, string> = {
  'avery-5160': 'Worldwide Holiday Greeting Card Federation',
  'avery-l7160': 'Worldwide Holiday Greeting Card Federation',
  'avery-5163': 'Worldwide Holiday Greeting Card Federation of Designers and Printers',
  'avery-l7163': 'Worldwide Holiday Greeting Card Federation of Designers and Printers',
};

const addressBlocks = (longOrganization: string): ((n: number) => string[])[] => [
  (n) => ['Zoë Ødegård', 'Creative Director', 'Fjord & Co <Design>', `Storgata ${n}`, '0155 Oslo', 'NORWAY'],
  (n) => ['Мария Иванова', 'ООО «Северный ветер»', `ул. Тверская, д. ${n}`, 'Москва', '125009', 'RUSSIA'],
  (n) => ['李小龍', `${n} Nathan Road`, 'Tsim Sha Tsui, Kowloon', 'HONG KONG'],
  (n) => [
    'Jane Doe',
    'Head of Marketing',
    longOrganization,
    `${n} Main Street, Suite 400`,
    'Boston, MA 02110',
  ],
  (n) => ['Hans Müller', `Unter den Linden ${n}`, '10117 Berlin', 'GERMANY'],
  (n) => ['City of Springfield', 'Parks Department', `${n} Evergreen Terrace`, 'Springfield, IL 62701'],
];

function sampleLabels(count: number, longOrganization = 'Acme Corporation'): string[][] {
  const blocks = addressBlocks(longOrganization);
  return Array.from({ length: count }, (_, index) => blocks[index % blocks.length]?.(100 + index) ?? []);
}

async function printToPdf(page: import('@playwright/test').Page, html: string): Promise<Uint8Array> {
  await page.setContent(html);
  return new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
}

function printedText(boxes: readonly PdfTextBox[]): string {
  const inReadingOrder = [...boxes].sort((a, b) => a.bottomMm - b.bottomMm || a.leftMm - b.leftMm);
  return withoutSpaces(inReadingOrder.map((box) => box.text).join(''));
}

for (const templateId of Object.keys(longOrganizations)) {
  test(`${templateId}: every label prints inside its own cell, from position ${startAt}`, async ({
    page,
  }, testInfo) => {
    const template = labelTemplateById(templateId) as LabelTemplate;
    const longOrganization = longOrganizations[templateId] as string;
    // Enough labels to fill the rest of the first sheet and spill onto a second.
    const labels = sampleLabels(labelsPerSheet(template) - startAt + 1 + 3, longOrganization);
    const pdf = await printToPdf(page, labelSheetHtml(labels, templateId, { startAt }));
    await testInfo.attach(`${templateId}.pdf`, { body: Buffer.from(pdf), contentType: 'application/pdf' });
    const { pages, boxes } = await readPdfText(pdf);

    expect(pages).toHaveLength(2);
    for (const size of pages) {
      expect(Math.abs(size.widthMm - template.pageWidthMm)).toBeLessThan(toleranceMm);
      expect(Math.abs(size.heightMm - template.pageHeightMm)).toBeLessThan(toleranceMm);
    }

    const cells = expectedCells(template, labels.length, startAt);
    const boxesByLabel = new Map<number, PdfTextBox[]>();
    const misplaced: string[] = [];
    for (const box of boxes) {
      const cell = cellHolding(cells, box);
      if (!cell) {
        misplaced.push(`"${box.text}" on page ${box.page + 1} is in no label's cell`);
        continue;
      }
      const overhang = overhangMm(cell, box);
      if (overhang > toleranceMm) {
        misplaced.push(`"${box.text}" sticks out of label ${cell.label + 1} by ${overhang.toFixed(2)} mm`);
      }
      boxesByLabel.set(cell.label, [...(boxesByLabel.get(cell.label) ?? []), box]);
    }
    expect(misplaced).toEqual([]);

    const wrongText = labels.flatMap((lines, label) => {
      const printed = printedText(boxesByLabel.get(label) ?? []);
      const wanted = withoutSpaces(lines.join(''));
      return printed === wanted ? [] : [`label ${label + 1}: printed "${printed}", wanted "${wanted}"`];
    });
    expect(
      wrongText,
      'a Chinese name missing here means the machine has no CJK font: apt-get install fonts-droid-fallback',
    ).toEqual([]);

    // Text starts at the same inset in every cell: a label printed off by more than the
    // tolerance, even if still inside its cell, is caught here.
    const inset = labelPadding(template).xMm;
    const offInset = cells.flatMap((cell) => {
      const textLeft = Math.min(...(boxesByLabel.get(cell.label) ?? []).map((box) => box.leftMm));
      const off = textLeft - (cell.leftMm + inset);
      return Math.abs(off) <= toleranceMm ? [] : [`label ${cell.label + 1} starts ${off.toFixed(2)} mm off`];
    });
    expect(offInset).toEqual([]);

    // Deliberately changed (issue 11): one size for the whole sheet instead of a size per line.
    const box = {
      widthMm: template.labelWidthMm - 2 * inset,
      heightMm: template.labelHeightMm - 2 * labelPadding(template).yMm,
    };
    const fit = fitLabelSheet(labels, box);
    expect(fit.labels.filter((label) => label.shrunk)).toEqual([]);
    const offSize = boxes.filter((box) => Math.abs(box.fontSizePt - fit.fontSizePt) > 0.1);
    expect(offSize.map((box) => `"${box.text}" at ${box.fontSizePt.toFixed(2)} pt`)).toEqual([]);
    expect(boxes.filter((box) => box.text.includes('…'))).toEqual([]);
    const longLabel = labels.findIndex((lines) => lines.includes(longOrganization));
    const longTop = (boxesByLabel.get(longLabel) ?? []).map((box) => box.topMm.toFixed(1));
    expect(new Set(longTop).size, 'the long organization wraps onto a line of its own').toBeGreaterThan(
      labels[longLabel]?.length ?? 0,
    );
  });
}

test('outlines for a test print do not move the text', async ({ page }) => {
  const labels = sampleLabels(8);
  const positions = async (outlines: boolean) => {
    const pdf = await printToPdf(page, labelSheetHtml(labels, 'avery-l7163', { startAt: 3, outlines }));
    const { boxes } = await readPdfText(pdf);
    return boxes.map((box) => `${box.text}@${box.leftMm.toFixed(2)},${box.topMm.toFixed(2)}`);
  };
  const plain = await positions(false);
  expect(plain.length).toBeGreaterThan(0);
  expect(await positions(true)).toEqual(plain);
});

test('an alignment nudge moves every label by that many millimetres', async ({ page }) => {
  const labels = sampleLabels(3);
  const textCorners = async (offsetMm: { x: number; y: number }) => {
    const pdf = await printToPdf(page, labelSheetHtml(labels, 'avery-5163', { offsetMm }));
    const { boxes } = await readPdfText(pdf);
    return boxes.map((box) => ({ x: box.leftMm, y: box.topMm }));
  };
  const plain = await textCorners({ x: 0, y: 0 });
  const nudged = await textCorners({ x: 1.5, y: -1 });
  expect(nudged).toHaveLength(plain.length);
  // Chromium snaps text to whole CSS pixels (0.26 mm) when it lays it out.
  const pixelMm = 25.4 / 96;
  nudged.forEach((point, index) => {
    expect(Math.abs(point.x - (plain[index]?.x ?? 0) - 1.5)).toBeLessThanOrEqual(pixelMm);
    expect(Math.abs(point.y - (plain[index]?.y ?? 0) + 1)).toBeLessThanOrEqual(pixelMm);
  });
});
