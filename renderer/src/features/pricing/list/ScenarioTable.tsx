import { formatIsoDate, todayIso } from '@shared/dates/isoDate';
import { formatAmount, formatUnits, type PricingScenario, scenarioFigures } from '@shared/pricing';
import { Link } from 'wouter';
import { RowActions } from '../../../ui/RowActions';

interface ScenarioTableProps {
  scenarios: PricingScenario[];
  serviceTypeNames: Map<string, string>;
  /** Ids of scenarios with unsaved edits. */
  unsaved: Set<string>;
  selected: readonly string[];
  onToggle: (id: string, checked: boolean) => void;
  onRename: (scenario: PricingScenario) => void;
  onDelete: (scenario: PricingScenario) => void;
}

function breakEvenText(scenario: PricingScenario): string {
  try {
    const units = scenarioFigures(scenario).unitsToBreakEven;
    if (units === null) return 'Never';
    return `${formatUnits(units)} ${units === 1 ? 'sale' : 'sales'}`;
  } catch {
    return '—';
  }
}

/** The saved scenarios with their key figures, to open, pick for comparing, rename or delete. */

export function ScenarioTable({
  scenarios,
  serviceTypeNames,
  unsaved,
  selected,
  onToggle,
  onRename,
  onDelete,
}: ScenarioTableProps) {
  return (
    <div className="table-scroll">
      <table className="data-table scenario-table">
        <caption className="visually-hidden">Pricing scenarios</caption>
        <thead>
          <tr>
            <th scope="col" className="scenario-table__pick">
              <span className="visually-hidden">Compare</span>
            </th>
            <th scope="col">Scenario</th>
            <th scope="col">Service type</th>
            <th scope="col" className="numeric">
              Price
            </th>
            <th scope="col" className="numeric">
              In profit after
            </th>
            <th scope="col">Updated</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {scenarios.map((scenario) => (
            <tr key={scenario.id}>
              <td className="scenario-table__pick">
                <label className="compare-pick">
                  <input
                    type="checkbox"
                    checked={selected.includes(scenario.id)}
                    onChange={(event) => onToggle(scenario.id, event.target.checked)}
                  />
                  Compare<span className="visually-hidden"> {scenario.name}</span>
                </label>
              </td>
              <th scope="row">
                <Link href={`/pricing/${scenario.id}`} className="scenario-table__name">
                  {scenario.name}
                </Link>
                {unsaved.has(scenario.id) && <span className="pill pill--unsaved">Unsaved changes</span>}
              </th>
              <td>{serviceTypeNames.get(scenario.serviceTypeId) ?? <span className="muted">—</span>}</td>
              <td className="numeric">{formatAmount(scenario.pricePerUnitMinor, scenario.currency)}</td>
              <td className="numeric">{breakEvenText(scenario)}</td>
              <td>{formatIsoDate(todayIso(new Date(scenario.updatedAt)))}</td>
              <RowActions
                rowName={scenario.name}
                actions={[
                  { label: 'Rename', onClick: () => onRename(scenario) },
                  { label: 'Delete', onClick: () => onDelete(scenario), danger: true },
                ]}
              />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
