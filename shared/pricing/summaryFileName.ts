/**
 * The file name offered for a scenario's summary PDF: "Half-day workshop" on 2026-03-02 gives
 * "pricing-half-day-workshop-2026-03-02.pdf". Letters of any script keep their marks (é, プ);
 * anything a file system could object to becomes a dash.
 */
export function pricingSummaryFileName(scenarioName: string, isoDate: string): string {
  const dashed = scenarioName
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // Cut by code point, not UTF-16 unit, so a character outside the BMP is never split.
  const slug = Array.from(dashed).slice(0, 80).join('').replace(/-+$/, '');
  return `${['pricing', slug, isoDate].filter((part) => part !== '').join('-')}.pdf`;
}
