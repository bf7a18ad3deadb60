import type { LabelTemplate } from '@shared/labels';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const mmPerPoint = 25.4 / 72;

// pdfjs-dist 6 calls Promise.withResolvers, which Node has only from version 22 on.
if (typeof (Promise as { withResolvers?: unknown }).withResolvers !== 'function') {
  Object.defineProperty(Promise, 'withResolvers', {
    configurable: true,
    writable: true,
    value<T>() {
      let resolve!: (value: T | PromiseLike<T>) => void;
      let reject!: (reason?: unknown) => void;
      const promise = new Promise<T>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
}

/** A run of text on a PDF page, measured in millimetres from the page's top-left corner. */
export interface PdfTextBox {
  page: number;
  text: string;
  leftMm: number;
  rightMm: number;
  topMm: number;
  bottomMm: number;
  /** The font size in points: smaller for text that was shrunk to fit. */
  fontSizePt: number;
}

export interface PdfPageSize {
  widthMm: number;
  heightMm: number;
}

/**
 * Reads every text run's position back from a PDF with pdfjs. The box spans from a full em
 * above the baseline to a quarter em below it, which covers the glyphs of the fonts in use.
 */
export async function readPdfText(pdf: Uint8Array): Promise<{ pages: PdfPageSize[]; boxes: PdfTextBox[] }> {
  const loading = getDocument({ data: pdf, useSystemFonts: false });
  const document = await loading.promise;
  const pages: PdfPageSize[] = [];
  const boxes: PdfTextBox[] = [];
  for (let pageNumber = 1; pageNumber <= document.numPages; pageNumber++) {
    const page = await document.getPage(pageNumber);
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
    const pageHeightPt = y1 - y0;
    pages.push({ widthMm: (x1 - x0) * mmPerPoint, heightMm: pageHeightPt * mmPerPoint });
    const content = await page.getTextContent();
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const [, , , , x = 0, baseline = 0] = item.transform as number[];
      const fontSizePt = item.height;
      const baselineFromTopPt = pageHeightPt - (baseline - y0);
      boxes.push({
        page: pageNumber - 1,
        text: item.str,
        leftMm: (x - x0) * mmPerPoint,
        rightMm: (x - x0 + item.width) * mmPerPoint,
        topMm: (baselineFromTopPt - fontSizePt) * mmPerPoint,
        bottomMm: (baselineFromTopPt + fontSizePt * 0.25) * mmPerPoint,
        fontSizePt,
      });
    }
  }
  await loading.destroy();
  return { pages, boxes };
}

export interface ExpectedCell {
  label: number;
  page: number;
  leftMm: number;
  topMm: number;
  rightMm: number;
  bottomMm: number;
}

/**
 * Where each label should be, worked out from the template's published geometry alone (not
 * from the app's layout code), filling the first sheet from `startAt` and later ones from 1.
 */
export function expectedCells(template: LabelTemplate, labelCount: number, startAt: number): ExpectedCell[] {
  const perSheet = template.columns * template.rows;
  return Array.from({ length: labelCount }, (_, label) => {
    const slot = startAt - 1 + label;
    const onSheet = slot % perSheet;
    const leftMm = template.leftMarginMm + (onSheet % template.columns) * template.horizontalPitchMm;
    const topMm = template.topMarginMm + Math.floor(onSheet / template.columns) * template.verticalPitchMm;
    return {
      label,
      page: Math.floor(slot / perSheet),
      leftMm,
      topMm,
      rightMm: leftMm + template.labelWidthMm,
      bottomMm: topMm + template.labelHeightMm,
    };
  });
}

/** The cell whose area holds the middle of the text run, if any. */
export function cellHolding(cells: readonly ExpectedCell[], box: PdfTextBox): ExpectedCell | undefined {
  const middleX = (box.leftMm + box.rightMm) / 2;
  const middleY = (box.topMm + box.bottomMm) / 2;
  return cells.find(
    (cell) =>
      cell.page === box.page &&
      middleX >= cell.leftMm &&
      middleX <= cell.rightMm &&
      middleY >= cell.topMm &&
      middleY <= cell.bottomMm,
  );
}

/** How far the run sticks out of the cell on its worst side, in millimetres (0 when inside). */
export function overhangMm(cell: ExpectedCell, box: PdfTextBox): number {
  return Math.max(
    0,
    cell.leftMm - box.leftMm,
    box.rightMm - cell.rightMm,
    cell.topMm - box.topMm,
    box.bottomMm - cell.bottomMm,
  );
}

/** Text with all white space removed, for comparing what was printed with what was asked for. */
export function withoutSpaces(text: string): string {
  return text.replace(/\s+/g, '');
}
