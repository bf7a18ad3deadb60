import { type CardOverview, cardLabelText, type MailingList, mailingFileName } from '@shared/holidayCards';
import {
  fitLabelSheet,
  type LabelTemplate,
  type LabelTextOptions,
  labelPadding,
  labelSheetHtml,
  labelsLeftOnFirstSheet,
  returnAddressLabels,
  type SheetFit,
} from '@shared/labels';
import type { Settings } from '@shared/model/settings';
import type { LabelOptions } from './useLabelOptions';

export type LabelsPanelMode = 'recipients' | 'return-address';

/** The lines of every label to print, in order, put together as the user chose. */
export function labelLines(
  mode: LabelsPanelMode,
  cards: readonly CardOverview[],
  settings: Pick<Settings, 'ownName' | 'ownAddress'>,
  returnCount: number,
  textOptions: LabelTextOptions,
): string[][] {
  if (mode === 'return-address')
    return returnAddressLabels(settings.ownName, settings.ownAddress, returnCount);
  return cards.map(({ card }) => cardLabelText(card, textOptions, settings.ownAddress.country));
}

export function documentTitle(list: MailingList, mode: LabelsPanelMode): string {
  return `${list.name} – ${mode === 'return-address' ? 'return-address labels' : 'address labels'}`;
}

export function pdfFileName(list: MailingList, mode: LabelsPanelMode): string {
  return mailingFileName(list, 'pdf', mode === 'return-address' ? 'return address labels' : 'labels');
}

/** The printable document: every label, on the chosen sheet, from the chosen position. */
export function labelsDocument(
  labels: readonly string[][],
  template: LabelTemplate,
  options: Pick<LabelOptions, 'startAt' | 'outlines' | 'offset' | 'fontRange'>,
  title: string,
  preview?: { fit: SheetFit },
): string {
  return labelSheetHtml(labels, template.id, {
    template,
    startAt: options.startAt,
    outlines: options.outlines,
    offsetMm: options.offset,
    title,
    fontRange: options.fontRange,
    fit: preview?.fit,
    flagShrunk: preview !== undefined,
  });
}

/** How every label fits the sheet at one size: the preview shows it, the print uses the same. */
export function sheetFit(
  labels: readonly string[][],
  template: LabelTemplate,
  options: Pick<LabelOptions, 'fontRange'>,
): SheetFit {
  const padding = labelPadding(template);
  const box = {
    widthMm: template.labelWidthMm - 2 * padding.xMm,
    heightMm: template.labelHeightMm - 2 * padding.yMm,
  };
  return fitLabelSheet(labels, box, options.fontRange);
}

/**
 * The first sheet only, always with outlines so the cells show and labels set smaller than the
 * sheet marked; its text size comes from the fit over every label, as printed.
 */
export function firstSheetPreview(
  labels: readonly string[][],
  fit: SheetFit,
  template: LabelTemplate,
  options: Pick<LabelOptions, 'startAt' | 'offset' | 'fontRange'>,
  title: string,
): string {
  const onFirstSheet = labelsLeftOnFirstSheet(template, options.startAt);
  const firstFit = { fontSizePt: fit.fontSizePt, labels: fit.labels.slice(0, onFirstSheet) };
  return labelsDocument(labels.slice(0, onFirstSheet), template, { ...options, outlines: true }, title, {
    fit: firstFit,
  });
}
