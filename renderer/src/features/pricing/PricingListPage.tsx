import type { PricingScenario } from '@shared/pricing';
import { useState } from 'react';
import { Link } from 'wouter';
import { useSettings } from '../../app/useSettings';
import { db } from '../../db/appDatabase';
import { useScenarios } from '../../db/hooks/pricingHooks';
import { useServiceTypes } from '../../db/hooks/projectHooks';
import { deleteScenario } from '../../db/pricingRepository';
import { restoreFromTrash } from '../../db/trashRepository';
import { showError, showToast } from '../../state/toastStore';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { CompareBar } from './list/CompareBar';
import { ScenarioTable } from './list/ScenarioTable';
import { useUnsavedDrafts } from './list/useUnsavedDrafts';
import { RenameDialog } from './RenameDialog';

const newScenarioLink = (
  <Link href="/pricing/new" className="button button--primary">
    New scenario
  </Link>
);

/** /pricing: the saved scenarios, or what the calculator is for when there are none yet. */
export function PricingListPage() {
  const settings = useSettings();
  const scenarios = useScenarios();
  const serviceTypes = useServiceTypes() ?? [];
  const { unsaved, unfinishedNew } = useUnsavedDrafts(scenarios ?? [], settings.homeCurrency);
  const [ticked, setTicked] = useState<string[]>([]);
  const [renaming, setRenaming] = useState<PricingScenario | null>(null);

  if (!scenarios) return <p className="loading">Loading…</p>;

  const existing = new Set(scenarios.map((scenario) => scenario.id));
  const selected = ticked.filter((id) => existing.has(id));
  const unfinished = unfinishedNew && (
    <p className="notice">
      You started a new scenario and have not saved it. <Link href="/pricing/new">Continue it</Link>
    </p>
  );

  const remove = async (scenario: PricingScenario) => {
    try {
      const trashId = await deleteScenario(db, scenario.id);
      showToast(`Deleted “${scenario.name}”.`, () => restoreFromTrash(db, trashId));
    } catch (error) {
      showError(error);
    }
  };

  if (scenarios.length === 0) {
    return (
      <div className="pricing-page">
        {unfinished}
        <EmptyState title="Price a service before you sell it" actions={newScenarioLink}>
          <p>
            Put in what a new service or workshop costs to get ready, what each sale costs, and its price. You
            see at once how many sales put the fixed costs behind you, and how that moves when the price or
            the costs change.
          </p>
          <p>
            Work it backwards to the price you need, try what-ifs on copies and compare them side by side. It
            all stays on this computer.
          </p>
        </EmptyState>
      </div>
    );
  }

  return (
    <div className="pricing-page">
      <PageHeader
        title="Pricing"
        subtitle="Break-even scenarios for your services"
        actions={newScenarioLink}
      />
      {unfinished}
      <CompareBar selected={selected} />
      <ScenarioTable
        scenarios={scenarios}
        serviceTypeNames={new Map(serviceTypes.map((type) => [type.id, type.name]))}
        unsaved={unsaved}
        selected={selected}
        onToggle={(id, checked) =>
          setTicked((current) =>
            checked
              ? [...current.filter((other) => other !== id), id]
              : current.filter((other) => other !== id),
          )
        }
        onRename={setRenaming}
        onDelete={remove}
      />
      {renaming && (
        <RenameDialog
          scenarioId={renaming.id}
          currentName={renaming.name}
          onClose={() => setRenaming(null)}
        />
      )}
    </div>
  );
}
