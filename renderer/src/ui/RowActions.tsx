export interface RowAction {
  label: string;
  onClick: () => void;
  danger?: boolean;
}

/**
 * The buttons at the end of a table row. Each button's name ends with the row's name, hidden
 * from sight, so a screen reader hears "Delete Website redesign" rather than a list of "Delete".
 */
export function RowActions({ rowName, actions }: { rowName: string; actions: readonly RowAction[] }) {
  return (
    <td className="row-actions">
      {actions.map((action) => (
        <button
          key={action.label}
          type="button"
          className={`button button--quiet${action.danger ? ' button--danger' : ''}`}
          onClick={action.onClick}
        >
          {action.label}
          <span className="visually-hidden"> {rowName}</span>
        </button>
      ))}
    </td>
  );
}
