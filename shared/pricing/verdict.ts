import type { PricingFigures } from './figures';
import { formatAmount, formatMonths, formatRatio, formatUnits } from './format';

type PricingVerdictKind = 'breaksEven' | 'profitFromFirstSale' | 'neverBreaksEven';

/** The figures in plain language, for the calculator and the printed summary. */
export interface PricingVerdict {
  kind: PricingVerdictKind;
  /** One sentence: the answer. */
  headline: string;
  /** The sentences that explain it. */
  details: string[];
}

function sales(count: number, locale?: string): string {
  return `${formatUnits(count, locale)} ${count === 1 ? 'sale' : 'sales'}`;
}

function marginSentence(figures: PricingFigures, money: (minor: number) => string, locale?: string): string {
  if (figures.variableCostPerUnitMinor === 0) {
    return `Each sale brings in ${money(figures.unitMarginMinor)}; there are no costs per sale.`;
  }
  const share =
    figures.marginRatio === null ? '' : ` (${formatRatio(figures.marginRatio, locale)} of the price)`;
  return `Each sale leaves ${money(figures.unitMarginMinor)} after its variable costs${share}.`;
}

function volumeSentences(
  figures: PricingFigures,
  money: (minor: number) => string,
  locale?: string,
): string[] {
  const perMonth = figures.expectedUnitsPerMonth;
  if (perMonth === null || figures.neverBreaksEven) return [];
  const atVolume = `At ${sales(perMonth, locale)} a month`;
  if (figures.unitsToBreakEven === 0) {
    return [`${atVolume}, that is ${money(figures.marginAtExpectedVolumeMinor ?? 0)} of profit a month.`];
  }
  if (perMonth === 0 || figures.monthsToBreakEven === null || figures.wholeMonthsToBreakEven === null) {
    return [`${atVolume}, the fixed costs are never covered.`];
  }
  const sentences = [
    `${atVolume}, that takes ${formatMonths(figures.monthsToBreakEven, locale)}: the fixed costs are covered during month ${figures.wholeMonthsToBreakEven}.`,
  ];
  const profit = figures.profitAtExpectedVolumeMinor ?? 0;
  sentences.push(
    profit >= 0
      ? `After the first month the profit is ${money(profit)}.`
      : `After the first month you are still ${money(-profit)} short.`,
  );
  sentences.push(`Every month after that adds ${money(figures.marginAtExpectedVolumeMinor ?? 0)}.`);
  return sentences;
}

function neverVerdict(
  figures: PricingFigures,
  money: (minor: number) => string,
  locale?: string,
): PricingVerdict {
  const details = [
    figures.unitMarginMinor === 0
      ? `Each sale only pays for its own variable costs of ${money(figures.variableCostPerUnitMinor)}; nothing is left for the fixed costs.`
      : `Each sale costs ${money(-figures.unitMarginMinor)} more than it brings in, so every sale adds to the loss.`,
  ];
  const lowest = money(figures.lowestPriceThatBreaksEvenMinor);
  // At one minor unit of margin, it takes as many sales as the fixed costs have minor units.
  details.push(
    figures.fixedCostsMinor > 0
      ? `It would break even from a price of ${lowest}, but only after ${sales(figures.fixedCostsMinor, locale)}.`
      : `From a price of ${lowest}, every sale would be profit.`,
  );
  const firstMonthPrice = figures.priceToBreakEvenInFirstMonthMinor;
  // With no fixed costs that price is the lowest price above, already given.
  if (figures.fixedCostsMinor > 0 && firstMonthPrice !== null && figures.expectedUnitsPerMonth !== null) {
    details.push(
      `To break even within the first month at ${sales(figures.expectedUnitsPerMonth, locale)} a month, charge at least ${money(firstMonthPrice)}.`,
    );
  }
  return { kind: 'neverBreaksEven', headline: 'At this price it never breaks even.', details };
}

export function pricingVerdict(figures: PricingFigures, locale?: string): PricingVerdict {
  const money = (minor: number) => formatAmount(minor, figures.currency, locale);
  const units = figures.unitsToBreakEven;
  if (units === null || figures.breakEvenUnits === null) return neverVerdict(figures, money, locale);
  if (units === 0) {
    return {
      kind: 'profitFromFirstSale',
      headline: 'With no fixed costs, every sale is profit from the first one.',
      details: [marginSentence(figures, money, locale), ...volumeSentences(figures, money, locale)],
    };
  }
  const division = `${money(figures.fixedCostsMinor)} of fixed costs ÷ ${money(figures.unitMarginMinor)}`;
  const revenue = `${money(figures.revenueAtBreakEvenMinor ?? 0)} of revenue`;
  // Decided in integers: a float quotient of huge amounts can look whole when it is not.
  const coversExactly = BigInt(units) * BigInt(figures.unitMarginMinor) === BigInt(figures.fixedCostsMinor);
  return {
    kind: 'breaksEven',
    headline: `The fixed costs are behind you after ${sales(units, locale)}.`,
    details: [
      marginSentence(figures, money, locale),
      coversExactly
        ? `${division} = exactly ${sales(units, locale)} (${revenue}).`
        : `${division} = ${sales(figures.breakEvenUnits, locale)}, so they are covered after ${sales(units, locale)} (${revenue}).`,
      ...volumeSentences(figures, money, locale),
    ],
  };
}
