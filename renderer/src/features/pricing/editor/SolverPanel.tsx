import { formatAmount, formatUnits, type PricingFigures, solveForUnits } from '@shared/pricing';
import { useState } from 'react';
import { TextField } from '../../../ui/Field';

interface SolverPanelProps {
  figures: PricingFigures | null;
}

function sales(count: number): string {
  return `${formatUnits(count)} ${count === 1 ? 'sale' : 'sales'}`;
}

/** Solving the other way: from a number of sales to the price needed, or the costs covered. */
export function SolverPanel({ figures }: SolverPanelProps) {
  const [unitsText, setUnitsText] = useState(() => String(figures?.expectedUnitsPerMonth ?? 10));
  const result = figures && unitsText.trim() !== '' ? solveForUnits(figures, unitsText) : null;
  const money = (minor: number) => (figures ? formatAmount(minor, figures.currency) : '');
  return (
    <section className="card pricing-solver" aria-labelledby="pricing-solver-heading">
      <h2 id="pricing-solver-heading">Work it backwards</h2>
      <TextField
        autoComplete="off"
        id="pricing-solver-units"
        label="Number of sales"
        inputMode="numeric"
        value={unitsText}
        onChange={setUnitsText}
        error={result && !result.ok ? result.error : undefined}
        hint="How many sales you can count on: a month, a season, ever."
      />
      {!figures ? (
        <p className="muted">Enter the costs and a price first.</p>
      ) : (
        result?.ok && (
          <dl className="figures pricing-solver__answers">
            <div>
              <dt>Price to break even within {sales(result.units)}</dt>
              <dd>{money(result.priceToBreakEvenMinor)}</dd>
            </div>
            <div>
              <dt>
                Fixed costs {sales(result.units)} at {money(figures.pricePerUnitMinor)} can cover
              </dt>
              <dd>{money(result.maxFixedCostsCoveredMinor)}</dd>
            </div>
          </dl>
        )
      )}
    </section>
  );
}
