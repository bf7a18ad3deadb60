import { type PricingFigures, scenarioFigures } from './figures';
import { formatAmount, formatMonths, formatRatio, formatUnits } from './format';
import type { PricingScenario } from './model';

export const minComparedScenarios = 2;
export const maxComparedScenarios = 4;

type ValueKind = 'money' | 'units' | 'ratio' | 'months';

/** Why a figure is missing: it never breaks even, or there is nothing to show (no volume). */
type Missing = 'never' | 'none';

interface RowSpec {
  key: string;
  label: string;
  kind: ValueKind;
  /** Which way is better for the freelancer; null where neither is (the price, the volume). */
  betterWhen: 'higher' | 'lower' | null;
  value: (figures: PricingFigures) => number | null;
  missing: (figures: PricingFigures) => Missing;
}

const neverIfNeverBreaksEven = (figures: PricingFigures): Missing =>
  figures.neverBreaksEven ? 'never' : 'none';
const none = (): Missing => 'none';

const rowSpecs: readonly RowSpec[] = [
  {
    key: 'pricePerUnit',
    label: 'Price per unit',
    kind: 'money',
    betterWhen: null,
    value: (f) => f.pricePerUnitMinor,
    missing: none,
  },
  {
    key: 'fixedCosts',
    label: 'Fixed costs',
    kind: 'money',
    betterWhen: 'lower',
    value: (f) => f.fixedCostsMinor,
    missing: none,
  },
  {
    key: 'variableCostPerUnit',
    label: 'Variable cost per unit',
    kind: 'money',
    betterWhen: 'lower',
    value: (f) => f.variableCostPerUnitMinor,
    missing: none,
  },
  {
    key: 'unitMargin',
    label: 'Unit margin',
    kind: 'money',
    betterWhen: 'higher',
    value: (f) => f.unitMarginMinor,
    missing: none,
  },
  {
    key: 'marginRatio',
    label: 'Margin',
    kind: 'ratio',
    betterWhen: 'higher',
    value: (f) => f.marginRatio,
    missing: none,
  },
  {
    key: 'breakEvenUnits',
    label: 'Break-even volume (exact)',
    kind: 'units',
    betterWhen: 'lower',
    value: (f) => f.breakEvenUnits,
    missing: neverIfNeverBreaksEven,
  },
  {
    key: 'unitsToBreakEven',
    label: 'Sales to break even',
    kind: 'units',
    betterWhen: 'lower',
    value: (f) => f.unitsToBreakEven,
    missing: neverIfNeverBreaksEven,
  },
  {
    key: 'revenueAtBreakEven',
    label: 'Revenue at break-even',
    kind: 'money',
    betterWhen: 'lower',
    value: (f) => f.revenueAtBreakEvenMinor,
    missing: neverIfNeverBreaksEven,
  },
  {
    key: 'expectedUnitsPerMonth',
    label: 'Expected sales a month',
    kind: 'units',
    betterWhen: null,
    value: (f) => f.expectedUnitsPerMonth,
    missing: none,
  },
  {
    key: 'profitAtExpectedVolume',
    label: 'Profit after the first month',
    kind: 'money',
    betterWhen: 'higher',
    value: (f) => f.profitAtExpectedVolumeMinor,
    missing: none,
  },
  {
    key: 'profitMarginAtExpectedVolume',
    label: 'Profit margin after the first month',
    kind: 'ratio',
    betterWhen: 'higher',
    value: (f) => f.profitMarginAtExpectedVolume,
    missing: none,
  },
  {
    key: 'marginAtExpectedVolume',
    label: 'Added each month after that',
    kind: 'money',
    betterWhen: 'higher',
    value: (f) => f.marginAtExpectedVolumeMinor,
    missing: none,
  },
  {
    key: 'monthsToBreakEven',
    label: 'Months to break even',
    kind: 'months',
    betterWhen: 'lower',
    value: (f) => f.monthsToBreakEven,
    missing: neverIfNeverBreaksEven,
  },
];

export interface ComparisonCell {
  /** Ready to show: "€5,000.00", "3.33", "25%", "Never", "—". */
  text: string;
  /** The raw figure (minor units for money), or null when missing. */
  value: number | null;
  /** True when this scenario's figure is not the same as the first (baseline) scenario's. */
  differsFromBaseline: boolean;
  /** Better or worse than the baseline; null for the baseline, equal values, or no direction. */
  direction: 'better' | 'worse' | null;
}

export interface ComparisonRow {
  key: string;
  label: string;
  betterWhen: 'higher' | 'lower' | null;
  /** One cell per scenario, in the order given. */
  cells: ComparisonCell[];
}

interface ComparisonColumn {
  id: string;
  name: string;
  currency: string;
  figures: PricingFigures;
}

export interface ScenarioComparison {
  columns: ComparisonColumn[];
  rows: ComparisonRow[];
  /** Amounts in different currencies differ but are not ranked: there is no rate to compare them by. */
  mixedCurrencies: boolean;
}

function cellText(spec: RowSpec, figures: PricingFigures, value: number | null, locale?: string): string {
  if (value === null) return spec.missing(figures) === 'never' ? 'Never' : '—';
  if (spec.kind === 'money') return formatAmount(value, figures.currency, locale);
  if (spec.kind === 'ratio') return formatRatio(value, locale);
  if (spec.kind === 'months') return formatMonths(value, locale);
  return formatUnits(value, locale);
}

/** A figure as a number to rank by: "never" ranks after every number; "none" not at all. */
function rank(spec: RowSpec, figures: PricingFigures): number | null {
  const value = spec.value(figures);
  if (value !== null) return value;
  if (spec.missing(figures) === 'none') return null;
  return spec.betterWhen === 'higher' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
}

function sameValue(spec: RowSpec, a: ComparisonColumn, b: ComparisonColumn): boolean {
  if (spec.kind === 'money' && a.currency !== b.currency) return false;
  return (
    spec.value(a.figures) === spec.value(b.figures) && spec.missing(a.figures) === spec.missing(b.figures)
  );
}

function direction(
  spec: RowSpec,
  baseline: ComparisonColumn,
  column: ComparisonColumn,
): 'better' | 'worse' | null {
  if (spec.betterWhen === null || sameValue(spec, baseline, column)) return null;
  if (spec.kind === 'money' && baseline.currency !== column.currency) return null;
  const base = rank(spec, baseline.figures);
  const other = rank(spec, column.figures);
  if (base === null || other === null || base === other) return null;
  const higher = other > base;
  return higher === (spec.betterWhen === 'higher') ? 'better' : 'worse';
}

/**
 * The side-by-side table for two to four scenarios: each row a figure, each cell marked where
 * it differs from the first scenario and whether that is better or worse for the freelancer.
 */
export function compareScenarios(scenarios: readonly PricingScenario[], locale?: string): ScenarioComparison {
  if (scenarios.length < minComparedScenarios || scenarios.length > maxComparedScenarios) {
    throw new RangeError(
      `Compare ${minComparedScenarios} to ${maxComparedScenarios} scenarios, not ${scenarios.length}.`,
    );
  }
  const columns = scenarios.map((scenario) => ({
    id: scenario.id,
    name: scenario.name,
    currency: scenario.currency,
    figures: scenarioFigures(scenario),
  }));
  const [baseline] = columns as [ComparisonColumn, ...ComparisonColumn[]];
  const rows = rowSpecs.map((spec) => ({
    key: spec.key,
    label: spec.label,
    betterWhen: spec.betterWhen,
    cells: columns.map((column, index) => {
      const value = spec.value(column.figures);
      return {
        text: cellText(spec, column.figures, value, locale),
        value,
        differsFromBaseline: index > 0 && !sameValue(spec, baseline, column),
        direction: index > 0 ? direction(spec, baseline, column) : null,
      };
    }),
  }));
  return { columns, rows, mixedCurrencies: columns.some((column) => column.currency !== baseline.currency) };
}
