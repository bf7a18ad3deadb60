import { compareScenarios, maxComparedScenarios, minComparedScenarios } from '@shared/pricing';
import { useMemo } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { useScenariosByIds } from '../../db/hooks/pricingHooks';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { CompareChart } from './compare/CompareChart';
import { CompareTable } from './compare/CompareTable';

/** /pricing/compare/:ids — two to four scenarios side by side (ids joined by commas). */
export function PricingComparePage() {
  const { ids: idsParam = '' } = useParams<{ ids: string }>();
  const [, navigate] = useLocation();
  const ids = idsParam.split(',').filter((id) => id !== '');
  const scenarios = useScenariosByIds(ids.slice(0, maxComparedScenarios));
  const comparison = useMemo(
    () => (scenarios && scenarios.length >= minComparedScenarios ? compareScenarios(scenarios) : null),
    [scenarios],
  );

  if (!scenarios) return <p className="loading">Loading…</p>;
  const back = (
    <Link href="/pricing" className="button">
      Back to pricing
    </Link>
  );
  if (!comparison) {
    return (
      <EmptyState title="Not enough scenarios to compare" actions={back}>
        <p>
          Comparing needs {minComparedScenarios} to {maxComparedScenarios} scenarios; some of these may have
          been deleted. Tick the ones to compare in the list.
        </p>
      </EmptyState>
    );
  }
  const missing = Math.min(ids.length, maxComparedScenarios) - scenarios.length;
  const makeBaseline = (id: string) =>
    navigate(
      `/pricing/compare/${[id, ...scenarios.map((s) => s.id).filter((other) => other !== id)].join(',')}`,
    );

  return (
    <div className="pricing-compare-page">
      <p className="breadcrumb">
        <Link href="/pricing">Pricing</Link>
      </p>
      <PageHeader title="Compare scenarios" subtitle={`${scenarios.length} scenarios side by side`} />
      {missing > 0 && (
        <p className="notice">
          {missing === 1 ? 'One scenario was' : `${missing} scenarios were`} deleted and left out.
        </p>
      )}
      {ids.length > maxComparedScenarios && (
        <p className="notice">Only the first {maxComparedScenarios} are compared.</p>
      )}
      {comparison.mixedCurrencies && (
        <p className="notice">
          These scenarios are in different currencies. Amounts are shown but not ranked, and the chart plots
          each in its own currency.
        </p>
      )}
      <CompareTable comparison={comparison} onMakeBaseline={makeBaseline} />
      <CompareChart scenarios={scenarios} />
    </div>
  );
}
