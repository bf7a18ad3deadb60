import { labelLineHeight } from './fitText';
import { estimateTextWidthEm } from './textWidth';

const pointsPerMm = 72 / 25.4;

/** The readable range the user picks for a sheet, and the floor no label goes below. */
export interface LabelFontRange {
  minPt: number;
  maxPt: number;
}

export const defaultLabelFontRange: LabelFontRange = { minPt: 8, maxPt: 11 };
/** Below this a label is hard to read and a sorting machine may reject it. */
export const labelFloorPt = 6;

interface SheetLabel {
  /** The label's lines after wrapping, each printed whole. */
  lines: string[];
  fontSizePt: number;
  /** Set smaller than the sheet's size because it did not fit at it: shown in the preview. */
  shrunk: boolean;
  /** False when even the floor size could not hold it: listed for the user to fix. */
  fits: boolean;
}

export interface SheetFit {
  /** The one size every label is printed at, unless it had to shrink. */
  fontSizePt: number;
  labels: SheetLabel[];
}

/**
 * Breaks one address line at spaces so each piece is at most `maxEm` wide. Returns null when a
 * single word is wider than that: it cannot be wrapped, only shrunk.
 */
function wrapLine(line: string, maxEm: number): string[] | null {
  if (estimateTextWidthEm(line) <= maxEm) return [line];
  const words = line.split(' ').filter((word) => word !== '');
  const pieces: string[] = [];
  let current = '';
  for (const word of words) {
    if (estimateTextWidthEm(word) > maxEm) return null;
    const joined = current === '' ? word : `${current} ${word}`;
    if (estimateTextWidthEm(joined) <= maxEm) current = joined;
    else {
      pieces.push(current);
      current = word;
    }
  }
  if (current !== '') pieces.push(current);
  return pieces;
}

/** The label's lines wrapped to the box at a size, or null when they do not fit it. */
function layoutAt(lines: readonly string[], box: { widthPt: number; heightPt: number }, sizePt: number) {
  const maxEm = box.widthPt / sizePt;
  const wrapped: string[] = [];
  for (const line of lines) {
    const pieces = wrapLine(line, maxEm);
    if (!pieces) return null;
    wrapped.push(...pieces);
  }
  if (wrapped.length * sizePt * labelLineHeight > box.heightPt + 1e-6) return null;
  return wrapped;
}

/** Sizes from large to small in quarter points. */
function sizesDown(fromPt: number, toPt: number): number[] {
  const sizes: number[] = [];
  for (let quarter = Math.floor(fromPt * 4); quarter >= Math.ceil(toPt * 4); quarter -= 1)
    sizes.push(quarter / 4);
  return sizes;
}

/**
 * Fits a whole sheet's labels the way a print shop would: one size for every label, the largest
 * in the user's range at which every label fits (wrapping a long line at a space before giving
 * up a size); a label that does not fit at the range's smallest size shrinks on its own, never
 * below the floor; one that still does not fit is printed whole at the floor and reported, never
 * cut short with "…".
 */
export function fitLabelSheet(
  labels: readonly (readonly string[])[],
  boxMm: { widthMm: number; heightMm: number },
  range: LabelFontRange = defaultLabelFontRange,
): SheetFit {
  const box = { widthPt: boxMm.widthMm * pointsPerMm, heightPt: boxMm.heightMm * pointsPerMm };
  const maxPt = Math.max(range.minPt, range.maxPt);
  const minPt = Math.max(labelFloorPt, Math.min(range.minPt, range.maxPt));
  const sheetSizes = sizesDown(maxPt, minPt);
  let fontSizePt = minPt;
  for (const size of sheetSizes) {
    if (labels.every((lines) => layoutAt(lines, box, size) !== null)) {
      fontSizePt = size;
      break;
    }
  }
  const floorSizes = sizesDown(fontSizePt - 0.25, labelFloorPt);
  return {
    fontSizePt,
    labels: labels.map((lines): SheetLabel => {
      const atSheet = layoutAt(lines, box, fontSizePt);
      if (atSheet) return { lines: atSheet, fontSizePt, shrunk: false, fits: true };
      for (const size of floorSizes) {
        const shrunk = layoutAt(lines, box, size);
        if (shrunk) return { lines: shrunk, fontSizePt: size, shrunk: true, fits: true };
      }
      return { lines: [...lines], fontSizePt: labelFloorPt, shrunk: true, fits: false };
    }),
  };
}
