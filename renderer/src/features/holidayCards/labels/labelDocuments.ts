import {
  type LabelTemplate,
  labelSheetHtml,
  labelsLeftOnFirstSheet,
  returnAddressLabels,
} from '@shared/labels';
import { type CardOverview, cardLabelLines, type MailingList, mailingFileName } from '@shared/mailing';
import type { Settings } from '@shared/model/settings';
import type { LabelOptions } from './useLabelOptions';

export type LabelsPanelMode = 'recipients' | 'return-address';

/** The lines of every label to print, in order. */
export function labelLines(
  mode: LabelsPanelMode,
  cards: readonly CardOverview[],
  settings: Pick<Settings, 'ownName' | 'ownAddress'>,
  returnCount: number,
): string[][] {
  if (mode === 'return-address')
    return returnAddressLabels(settings.ownName, settings.ownAddress, returnCount);
  return cards.map(({ card }) => cardLabelLines(card));
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
  options: Pick<LabelOptions, 'startAt' | 'outlines' | 'offset'>,
  title: string,
): string {
  return labelSheetHtml(labels, template.id, {
    template,
    startAt: options.startAt,
    outlines: options.outlines,
    offsetMm: options.offset,
    title,
  });
}

/**
 * The first sheet only, always with outlines so the cells show: the preview needs no more, and
 * building it stays quick however long the list is.
 */
export function firstSheetPreview(
  labels: readonly string[][],
  template: LabelTemplate,
  options: Pick<LabelOptions, 'startAt' | 'offset'>,
  title: string,
): string {
  const onFirstSheet = labels.slice(0, labelsLeftOnFirstSheet(template, options.startAt));
  return labelsDocument(onFirstSheet, template, { ...options, outlines: true }, title);
}
