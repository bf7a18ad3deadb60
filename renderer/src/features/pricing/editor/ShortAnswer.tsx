import { formatAmount, formatUnits, type PricingFigures } from '@shared/pricing';

/**
 * The answer in a few words, beside the Save button. On narrow windows the full answer sits
 * below the form; this keeps the result of each change in sight while typing.
 */
export function ShortAnswer({ figures }: { figures: PricingFigures | null }) {
  if (!figures) return null;
  let text = `In profit after ${formatUnits(figures.unitsToBreakEven ?? 0)} ${figures.unitsToBreakEven === 1 ? 'sale' : 'sales'}, ${formatAmount(figures.unitMarginMinor, figures.currency)} a sale`;
  if (figures.neverBreaksEven) text = 'Never breaks even at this price';
  else if (figures.unitsToBreakEven === 0) text = 'In profit from the first sale';
  return <p className="pricing-editor__short-answer">{text}</p>;
}
