import {
  formatAmount,
  formatMonths,
  formatRatio,
  formatUnits,
  type PricingFigures,
  pricingVerdict,
} from '@shared/pricing';
import type { ReactNode } from 'react';
import { useDebouncedValue } from './useDebouncedValue';

interface FiguresPanelProps {
  figures: PricingFigures | null;
  /** Why there are no figures yet, in words. */
  waitingFor: string;
}

/** How long typing must pause before the new answer is announced to screen readers. */
const announceDelayMs = 800;

function Figure({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The live answer: the verdict in words and every figure, updated as the user types. */
export function FiguresPanel({ figures, waitingFor }: FiguresPanelProps) {
  const verdict = figures ? pricingVerdict(figures) : null;
  // One short sentence, once typing pauses: reading every figure on every keystroke would drown
  // out what the user is typing.
  const announcement = useDebouncedValue(verdict?.headline ?? '', announceDelayMs);
  return (
    <section className="card pricing-figures" aria-labelledby="pricing-figures-heading">
      <h2 id="pricing-figures-heading">The answer</h2>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {!figures || !verdict ? (
        <p className="muted">{waitingFor}</p>
      ) : (
        <>
          <div className={`verdict verdict--${verdict.kind}`}>
            <p className="verdict__headline">{verdict.headline}</p>
            {verdict.details.map((sentence) => (
              <p key={sentence}>{sentence}</p>
            ))}
          </div>
          <FigureList figures={figures} />
          <VolumeHint figures={figures} />
        </>
      )}
    </section>
  );
}

function FigureList({ figures }: { figures: PricingFigures }) {
  const money = (minor: number) => formatAmount(minor, figures.currency);
  const never = 'Never';
  const volume = figures.expectedUnitsPerMonth;
  const months = figures.monthsToBreakEven;
  return (
    <dl className="figures pricing-figures__list">
      <Figure term="Unit margin">{money(figures.unitMarginMinor)}</Figure>
      <Figure term="Margin">{figures.marginRatio === null ? '—' : formatRatio(figures.marginRatio)}</Figure>
      <Figure term="Break-even volume (exact)">
        {figures.breakEvenUnits === null ? never : `${formatUnits(figures.breakEvenUnits)} units`}
      </Figure>
      <Figure term="In profit after">
        {figures.unitsToBreakEven === null
          ? never
          : `${formatUnits(figures.unitsToBreakEven)} ${figures.unitsToBreakEven === 1 ? 'sale' : 'sales'}`}
      </Figure>
      <Figure term="Revenue at break-even">
        {figures.revenueAtBreakEvenMinor === null ? never : money(figures.revenueAtBreakEvenMinor)}
      </Figure>
      {figures.neverBreaksEven && (
        <Figure term="Lowest price that breaks even">{money(figures.lowestPriceThatBreaksEvenMinor)}</Figure>
      )}
      {volume !== null && (
        <>
          <Figure term={`Profit after month 1 (${formatUnits(volume)} sales)`}>
            {figures.profitAtExpectedVolumeMinor === null ? '—' : money(figures.profitAtExpectedVolumeMinor)}
          </Figure>
          <Figure term="Profit margin, month 1">
            {figures.profitMarginAtExpectedVolume === null
              ? '—'
              : formatRatio(figures.profitMarginAtExpectedVolume)}
          </Figure>
          <Figure term="Months to break even">
            {months !== null ? formatMonths(months) : figures.neverBreaksEven ? never : '—'}
          </Figure>
        </>
      )}
    </dl>
  );
}

function VolumeHint({ figures }: { figures: PricingFigures }) {
  if (figures.expectedUnitsPerMonth !== null || figures.neverBreaksEven) return null;
  return (
    <p className="muted">
      Add the sales you expect a month to see the profit per month and how many months it takes.
    </p>
  );
}
