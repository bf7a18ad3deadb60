import type { LabelTemplate } from './templates';
import { estimateTextWidthEm, truncateToWidthEm } from './textWidth';

/** Address text is set at most this large, and shrinks no smaller than the minimum. */
export const labelFontSizes = { maxPt: 11, minPt: 6 } as const;
/** Line height as a multiple of the font size; the sheet's CSS uses the same figure. */
export const labelLineHeight = 1.2;

const pointsPerMm = 72 / 25.4;

export interface LabelPadding {
  xMm: number;
  yMm: number;
}

/** Space kept clear inside each label: printers and die-cut edges are never exact. */
export function labelPadding(template: Pick<LabelTemplate, 'labelWidthMm' | 'labelHeightMm'>): LabelPadding {
  return {
    xMm: Math.min(3, template.labelWidthMm * 0.05),
    yMm: Math.min(2, template.labelHeightMm * 0.08),
  };
}

export interface FittedLine {
  text: string;
  fontSizePt: number;
}

export interface FittedLabelText {
  /** The size of the label's text; a line too long for it gets a smaller size of its own. */
  fontSizePt: number;
  lines: FittedLine[];
  /** True when even the smallest size could not hold everything: lines were cut or dropped. */
  truncated: boolean;
}

function quarterPointsDown(size: number): number {
  return Math.floor(size * 4) / 4;
}

/**
 * Picks font sizes (in quarter points) from estimated widths: the label's size is the largest
 * at which all its lines fit the box's height, and a line too wide at that size shrinks on its
 * own, so a long organization name does not make the address small. Below the minimum size,
 * lines still too wide end in "…" and lines that do not fit below the others are dropped: the
 * last resort, never the first.
 */
export function fitLabelText(
  lines: readonly string[],
  box: { widthMm: number; heightMm: number },
  sizes: { maxPt: number; minPt: number } = labelFontSizes,
): FittedLabelText {
  const widthPt = box.widthMm * pointsPerMm;
  const heightPt = box.heightMm * pointsPerMm;
  const byHeight = lines.length === 0 ? sizes.maxPt : heightPt / (lines.length * labelLineHeight);
  const fontSizePt = Math.max(sizes.minPt, quarterPointsDown(Math.min(sizes.maxPt, byHeight)));
  const maxLines = Math.max(1, Math.floor(heightPt / (fontSizePt * labelLineHeight)));
  let truncated = lines.length > maxLines;
  const fitted = lines.slice(0, maxLines).map((line): FittedLine => {
    const widthEm = estimateTextWidthEm(line);
    const byWidth = widthEm > 0 ? quarterPointsDown(widthPt / widthEm) : fontSizePt;
    if (byWidth >= sizes.minPt) return { text: line, fontSizePt: Math.min(fontSizePt, byWidth) };
    truncated = true;
    return { text: truncateToWidthEm(line, widthPt / sizes.minPt), fontSizePt: sizes.minPt };
  });
  return { fontSizePt, lines: fitted, truncated };
}
