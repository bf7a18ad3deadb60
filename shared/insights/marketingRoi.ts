/** Return on a marketing spend: (revenue − cost) ÷ cost, so 1.5 means 150 %; null when nothing was spent. */
export function marketingRoi({ revenue, cost }: { revenue: number; cost: number }): { roi: number | null } {
  if (cost === 0) return { roi: null };
  return { roi: (revenue - cost) / cost };
}

/** "150 %", "−40 %", or "no cost" for a free activity. */
export function formatRoi(roi: number | null, locale?: string): string {
  if (roi === null) return 'no cost';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(roi);
}
