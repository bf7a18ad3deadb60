import { escapeHtml } from '../text/html';
import { hasErrors } from '../validation/fieldErrors';
import { validateLabelTemplate } from './customTemplate';
import { fitLabelSheet, type LabelFontRange, type SheetFit } from './fitSheet';
import { labelLineHeight, labelPadding } from './fitText';
import { checkStartAt, labelCell } from './sheetLayout';
import type { LabelOffset, LabelTemplate } from './templates';
import { labelTemplateById, noLabelOffset } from './templates';

export interface LabelSheetOptions {
  /** 1-based position on the first sheet where the first label goes; earlier ones are used. */
  startAt?: number;
  /** Dashed label outlines, for a test print on plain paper held against a sheet. */
  outlines?: boolean;
  /** Alignment nudge for this printer and template, in millimetres (right and down). */
  offsetMm?: LabelOffset;
  /** The document title; print dialogs offer it as the file name. */
  title?: string;
  /** A custom template, printed instead of the one `templateId` names. */
  template?: LabelTemplate;
  /** The readable range of text sizes the user allows; the sheet uses one size within it. */
  fontRange?: LabelFontRange;
  /** The fit worked out over every label, when only some of them are drawn (a preview). */
  fit?: SheetFit;
  /** Marks labels set smaller than the sheet, for the on-screen preview only. */
  flagShrunk?: boolean;
}

/**
 * Fonts with Latin, Greek and Cyrillic, then fonts with Chinese, Japanese and Korean, so
 * "Zoë Ødegård", "Мария" and "李" all print on Linux, Windows and macOS alike.
 */
const labelFontStack =
  '"DejaVu Sans", "Noto Sans", Arial, "Helvetica Neue", Helvetica, "Noto Sans CJK SC", "Droid Sans Fallback", ' +
  '"Microsoft YaHei", "Yu Gothic", "Hiragino Sans", "Malgun Gothic", sans-serif';

function mm(value: number): string {
  return `${Number(value.toFixed(3))}mm`;
}

function sheetCss(template: LabelTemplate): string {
  const padding = labelPadding(template);
  return [
    `@page { size: ${mm(template.pageWidthMm)} ${mm(template.pageHeightMm)}; margin: 0; }`,
    'html, body { margin: 0; padding: 0; background: #fff; }',
    `.sheet { position: relative; width: ${mm(template.pageWidthMm)}; height: ${mm(template.pageHeightMm)};`,
    '  overflow: hidden; break-after: page; page-break-after: always; }',
    '.sheet:last-child { break-after: auto; page-break-after: auto; }',
    `.label { position: absolute; box-sizing: border-box; width: ${mm(template.labelWidthMm)};`,
    `  height: ${mm(template.labelHeightMm)}; padding: ${mm(padding.yMm)} ${mm(padding.xMm)};`,
    `  border-radius: ${mm(template.cornerRadiusMm)}; overflow: hidden; display: flex; flex-direction: column;`,
    `  justify-content: center; font-family: ${labelFontStack}; line-height: ${labelLineHeight};`,
    '  color: #000; font-kerning: none; }',
    // The outline is drawn inside the label's edge and takes no room, so the text does not move.
    '.outlines .label { outline: 0.2mm dashed #888; outline-offset: -0.2mm; }',
    '.line { white-space: pre; }',
    '.flag-shrunk .label[data-shrunk] { background: #fff1d6; outline: 0.5mm solid #c2410c; outline-offset: -0.5mm; }',
  ].join('\n');
}

function bodyClass(options: LabelSheetOptions): string {
  const classes = [options.outlines ? 'outlines' : '', options.flagShrunk ? 'flag-shrunk' : ''].filter(
    Boolean,
  );
  return classes.length > 0 ? ` class="${classes.join(' ')}"` : '';
}

function resolveTemplate(templateId: string, options: LabelSheetOptions): LabelTemplate {
  if (options.template) {
    const errors = validateLabelTemplate(options.template);
    if (hasErrors(errors)) throw new Error(`Invalid label template: ${Object.values(errors).join(' ')}`);
    return options.template;
  }
  const template = labelTemplateById(templateId);
  if (!template) throw new Error(`Unknown label template "${templateId}".`);
  return template;
}

/**
 * A complete HTML document that prints the labels on the template's sheets: one page per
 * sheet at the sheet's exact size (CSS @page, no margins), each label's lines in its own cell,
 * all at one text size (see fitLabelSheet), wrapped rather than cut. It has no script, so it prints the same with JavaScript off. Print it at
 * 100% ("Actual size"); any scaling to fit the page moves every label.
 */
export function labelSheetHtml(
  labels: readonly (readonly string[])[],
  templateId: string,
  options: LabelSheetOptions = {},
): string {
  const template = resolveTemplate(templateId, options);
  const startAt = options.startAt ?? 1;
  checkStartAt(template, startAt);
  const offset = options.offsetMm ?? noLabelOffset;
  const padding = labelPadding(template);
  const box = {
    widthMm: template.labelWidthMm - 2 * padding.xMm,
    heightMm: template.labelHeightMm - 2 * padding.yMm,
  };
  const title = escapeHtml(options.title ?? 'Mailing labels');
  const parts: string[] = [
    `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n<style>\n`,
    sheetCss(template),
    `\n</style>\n</head>\n<body${bodyClass(options)}>\n`,
  ];
  const fit = options.fit ?? fitLabelSheet(labels, box, options.fontRange);
  let openSheet = -1;
  labels.forEach((_, index) => {
    const cell = labelCell(template, index, startAt, offset);
    if (cell.sheet !== openSheet) {
      if (openSheet >= 0) parts.push('</section>\n');
      parts.push(`<section class="sheet" aria-label="Sheet ${cell.sheet + 1}">\n`);
      openSheet = cell.sheet;
    }
    const fitted = fit.labels[index];
    if (!fitted || fitted.lines.length === 0) return;
    const flag = fitted.shrunk ? ` data-shrunk="true"` : '';
    parts.push(
      `<div class="label"${flag} style="left:${mm(cell.leftMm)};top:${mm(cell.topMm)};font-size:${fitted.fontSizePt}pt">`,
    );
    for (const line of fitted.lines) parts.push(`<div class="line">${escapeHtml(line)}</div>`);
    parts.push('</div>\n');
  });
  if (openSheet >= 0) parts.push('</section>\n');
  parts.push('</body>\n</html>\n');
  return parts.join('');
}
