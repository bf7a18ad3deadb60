/** A sheet of labels in a grid: all lengths in millimetres, measured from the sheet's top-left. */
export interface LabelTemplate {
  id: string;
  /** "Avery 5160 / 8160". */
  name: string;
  /** "Address labels, 2⅝ × 1 in, 30 per sheet, US Letter". */
  description: string;
  pageWidthMm: number;
  pageHeightMm: number;
  labelWidthMm: number;
  labelHeightMm: number;
  cornerRadiusMm: number;
  columns: number;
  rows: number;
  /** From the sheet's left and top edges to the first label's left and top edges. */
  leftMarginMm: number;
  topMarginMm: number;
  /** From one label's left (top) edge to the next one's: label size plus the gap. */
  horizontalPitchMm: number;
  verticalPitchMm: number;
}

/** A small shift of everything printed, for a printer that feeds a little off. */
export interface LabelOffset {
  x: number;
  y: number;
}

export const noLabelOffset: LabelOffset = { x: 0, y: 0 };

const paperSizes = {
  letter: { name: 'US Letter', widthMm: 215.9, heightMm: 279.4 },
  a4: { name: 'A4', widthMm: 210, heightMm: 297 },
} as const;

/*
 * Geometry from LibreOffice's label database, extras/source/labels/labels.xml in LibreOffice/core
 * ("Avery Letter Size": 5160 Address, 5163 Address / Shipping; "Avery A4": L7160 Address,
 * L7163 Address), whose <measure> values are in 1/100 mm in the order: horizontal pitch,
 * vertical pitch, width, height, left margin, top margin, columns, rows, page width, page height.
 * LibreOffice does not record corners: the radii come from gLabels' templates
 * (templates/avery-us-templates.xml and avery-iso-templates.xml in jimevins/glabels-qt).
 */
const avery5160: LabelTemplate = {
  id: 'avery-5160',
  name: 'Avery 5160 / 8160',
  description: 'Address labels, 2⅝ × 1 in, 30 per sheet, US Letter',
  pageWidthMm: paperSizes.letter.widthMm,
  pageHeightMm: paperSizes.letter.heightMm,
  labelWidthMm: 66.68,
  labelHeightMm: 25.4,
  cornerRadiusMm: 1.59,
  columns: 3,
  rows: 10,
  leftMarginMm: 4.78,
  topMarginMm: 12.7,
  horizontalPitchMm: 69.85,
  verticalPitchMm: 25.4,
};

const avery5163: LabelTemplate = {
  id: 'avery-5163',
  name: 'Avery 5163 / 8163',
  description: 'Shipping labels, 4 × 2 in, 10 per sheet, US Letter',
  pageWidthMm: paperSizes.letter.widthMm,
  pageHeightMm: paperSizes.letter.heightMm,
  labelWidthMm: 101.6,
  labelHeightMm: 50.8,
  cornerRadiusMm: 3.18,
  columns: 2,
  rows: 5,
  leftMarginMm: 3.96,
  topMarginMm: 12.7,
  horizontalPitchMm: 106.36,
  verticalPitchMm: 50.8,
};

const averyL7160: LabelTemplate = {
  id: 'avery-l7160',
  name: 'Avery L7160',
  description: 'Address labels, 63.5 × 38.1 mm, 21 per sheet, A4',
  pageWidthMm: paperSizes.a4.widthMm,
  pageHeightMm: paperSizes.a4.heightMm,
  labelWidthMm: 63.5,
  labelHeightMm: 38.1,
  cornerRadiusMm: 1.76,
  columns: 3,
  rows: 7,
  leftMarginMm: 7.2,
  topMarginMm: 15.15,
  horizontalPitchMm: 66.04,
  verticalPitchMm: 38.1,
};

const averyL7163: LabelTemplate = {
  id: 'avery-l7163',
  name: 'Avery L7163',
  description: 'Address labels, 99.1 × 38.1 mm, 14 per sheet, A4',
  pageWidthMm: paperSizes.a4.widthMm,
  pageHeightMm: paperSizes.a4.heightMm,
  labelWidthMm: 99.06,
  labelHeightMm: 38.1,
  cornerRadiusMm: 1.76,
  columns: 2,
  rows: 7,
  leftMarginMm: 4.67,
  topMarginMm: 15.15,
  horizontalPitchMm: 101.6,
  verticalPitchMm: 38.1,
};

/** The label sheets the app knows, in the order to offer them. */
export const labelTemplates: readonly LabelTemplate[] = [avery5160, avery5163, averyL7160, averyL7163];

export function labelTemplateById(id: string): LabelTemplate | undefined {
  return labelTemplates.find((template) => template.id === id);
}

export function labelsPerSheet(template: Pick<LabelTemplate, 'columns' | 'rows'>): number {
  return template.columns * template.rows;
}
