/** Mailing labels on die-cut sheets: templates, layout, and the printable HTML document. */

export type { CustomLabelTemplateInput } from './customTemplate';
export {
  customLabelTemplate,
  customLabelTemplateId,
  validateLabelOffset,
  validateLabelTemplate,
} from './customTemplate';
export type { LabelFontRange, SheetFit } from './fitSheet';
export { defaultLabelFontRange, fitLabelSheet, labelFloorPt } from './fitSheet';

export { labelPadding } from './fitText';
export type { CustomTemplateDraft, CustomTemplateNumberField, LabelOffsetDraft } from './labelDrafts';
export {
  customTemplateDraftFrom,
  labelOffsetDraftFrom,
  parseDecimal,
  readCustomTemplateDraft,
  readLabelCount,
  readLabelOffsetDraft,
} from './labelDrafts';
export {
  chosenLabelTemplate,
  defaultCustomLabelTemplate,
  defaultLabelTemplateId,
  isLabelTemplateId,
  labelOffsetFor,
  labelsLeftOnFirstSheet,
  startPositionOn,
} from './labelSettings';
export type { LabelTextOptions } from './labelTextOptions';
export {
  defaultLabelTextOptions,
  labelTextOptionsFrom,
  nameOrderLabels,
  nameOrders,
} from './labelTextOptions';
export { returnAddressLabels } from './returnAddress';

export { labelSheetHtml } from './sheetHtml';

export { labelCell, sheetsNeeded } from './sheetLayout';
export type { LabelOffset, LabelTemplate } from './templates';
export { labelsPerSheet, labelTemplateById, labelTemplates, noLabelOffset } from './templates';
export { estimateTextWidthEm } from './textWidth';

/** What to tell the user before printing: any scaling moves every label off its cell. */
export const labelPrintingAdvice =
  'Print at 100% ("Actual size"), with "Fit to page" and any scaling turned off, on the label sheet’s paper size.';
