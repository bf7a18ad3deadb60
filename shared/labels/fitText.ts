import type { LabelTemplate } from './templates';

/** Line height as a multiple of the font size; the sheet's CSS uses the same figure. */
export const labelLineHeight = 1.2;

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
