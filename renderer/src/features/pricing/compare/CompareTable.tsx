import type { ComparisonCell, ScenarioComparison } from '@shared/pricing';
import { Link } from 'wouter';

interface CompareTableProps {
  comparison: ScenarioComparison;
  /** Makes another scenario the one the rest are compared with. */
  onMakeBaseline: (id: string) => void;
}

/** The mark beside a figure that differs from the baseline: colour, a symbol and a word. */
function DifferenceMark({ cell }: { cell: ComparisonCell }) {
  if (!cell.differsFromBaseline) return null;
  if (cell.direction === 'better') {
    return (
      <span className="compare-mark compare-mark--better">
        <span aria-hidden="true">✓ </span>Better
      </span>
    );
  }
  if (cell.direction === 'worse') {
    return (
      <span className="compare-mark compare-mark--worse">
        <span aria-hidden="true">✗ </span>Worse
      </span>
    );
  }
  return (
    <span className="compare-mark compare-mark--differs">
      <span aria-hidden="true">≠ </span>Different
    </span>
  );
}

function cellClass(cell: ComparisonCell): string {
  if (!cell.differsFromBaseline) return 'numeric';
  return `numeric compare-cell compare-cell--${cell.direction ?? 'differs'}`;
}

/** Every figure side by side; each differing cell says whether it is better or worse. */
export function CompareTable({ comparison, onMakeBaseline }: CompareTableProps) {
  const [baseline] = comparison.columns;
  return (
    <div className="table-scroll">
      <table className="data-table compare-table">
        <caption>
          Compared with <strong>{baseline?.name}</strong>, the first column. Differences are marked better or
          worse for you.
        </caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            {comparison.columns.map((column, index) => (
              <th scope="col" key={column.id} className="numeric compare-table__scenario">
                <Link href={`/pricing/${column.id}`}>{column.name}</Link>
                {index === 0 ? (
                  <span className="muted block">Baseline</span>
                ) : (
                  <button
                    type="button"
                    className="button button--quiet compare-table__baseline"
                    onClick={() => onMakeBaseline(column.id)}
                  >
                    Compare with this<span className="visually-hidden"> ({column.name})</span>
                  </button>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {comparison.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell, index) => (
                <td key={comparison.columns[index]?.id ?? index} className={cellClass(cell)}>
                  <span className="compare-cell__value">{cell.text}</span>
                  <DifferenceMark cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
