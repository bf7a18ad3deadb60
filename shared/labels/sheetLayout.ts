import type { LabelOffset, LabelTemplate } from './templates';
import { labelsPerSheet, noLabelOffset } from './templates';

export interface LabelCell {
  /** 0-based sheet (page) the label is printed on. */
  sheet: number;
  /** 1-based position on the sheet, counted left to right, then top to bottom. */
  position: number;
  /** The label's top-left corner on the page, in millimetres, nudge included. */
  leftMm: number;
  topMm: number;
}

/** Throws unless `startAt` is a position on the sheet (1 to labels per sheet). */
export function checkStartAt(template: LabelTemplate, startAt: number): void {
  const perSheet = labelsPerSheet(template);
  if (!Number.isInteger(startAt) || startAt < 1 || startAt > perSheet) {
    throw new RangeError(
      `startAt must be a whole number from 1 to ${perSheet} for ${template.name}; got ${startAt}.`,
    );
  }
}

/**
 * Where the label with the given index goes. Positions before `startAt` on the first sheet are
 * left empty (already used); later sheets are filled from their first position.
 */
export function labelCell(
  template: LabelTemplate,
  index: number,
  startAt = 1,
  offsetMm: LabelOffset = noLabelOffset,
): LabelCell {
  const perSheet = labelsPerSheet(template);
  const slot = index + startAt - 1;
  const withinSheet = slot % perSheet;
  const column = withinSheet % template.columns;
  const row = Math.floor(withinSheet / template.columns);
  return {
    sheet: Math.floor(slot / perSheet),
    position: withinSheet + 1,
    leftMm: template.leftMarginMm + column * template.horizontalPitchMm + offsetMm.x,
    topMm: template.topMarginMm + row * template.verticalPitchMm + offsetMm.y,
  };
}

/** How many sheets the labels take, starting at `startAt` on the first. */
export function sheetsNeeded(template: LabelTemplate, labelCount: number, startAt = 1): number {
  if (labelCount <= 0) return 0;
  return Math.ceil((labelCount + startAt - 1) / labelsPerSheet(template));
}
