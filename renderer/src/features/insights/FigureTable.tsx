import type { CsvCell } from '@shared/csv/writeCsv';
import { csvBytes, toCsv } from '@shared/csv/writeCsv';
import type { ClientGroup } from '@shared/insights/figures/shownFigures';
import type { ReactNode } from 'react';
import { bridge } from '../../bridge';
import { showError, showToast } from '../../state/toastStore';
import { useOpenClients } from './useOpenClients';

/** One row of a figure: what is shown, what goes into the CSV, and the clients behind it. */
interface FigureRow {
  key: string;
  cells: ReactNode[];
  csv: CsvCell[];
  /** The clients the row counts, opened by its count button; omitted when a row has none. */
  clientIds?: ClientGroup;
  /** What those clients are, in words, for the client list ("B2B clients, 2021–2026"). */
  clientsLabel?: string;
}

interface FigureTableProps {
  caption: string;
  columns: string[];
  rows: FigureRow[];
  /** File name of the CSV export, without the extension. */
  csvName: string;
  /** Folded away behind a "table" toggle, when a chart or another table already shows it. */
  folded?: boolean;
}

/** A figure as a table, the alternative to its chart: counts open the clients, and it saves as CSV. */
export function FigureTable({ caption, columns, rows, csvName, folded = false }: FigureTableProps) {
  const openClients = useOpenClients();
  const hasClients = rows.some((row) => row.clientIds);
  const exportCsv = async () => {
    try {
      const header = hasClients ? [...columns, 'Clients'] : columns;
      const body = rows.map((row) => (hasClients ? [...row.csv, row.clientIds?.count ?? 0] : row.csv));
      const csv = toCsv([header, ...body]);
      const result = await bridge.saveFile({
        suggestedName: `${csvName}.csv`,
        kind: 'csv',
        bytes: csvBytes(csv),
      });
      if (result.saved) showToast(`Saved ${result.fileName}.`);
    } catch (error) {
      showError(error);
    }
  };
  const table = (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
            {hasClients && <th scope="col">Clients</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                <td key={index}>{cell}</td>
              ))}
              {hasClients && (
                <td>
                  {row.clientIds && row.clientIds.count > 0 ? (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => row.clientIds && openClients(row.clientsLabel ?? caption, row.clientIds)}
                    >
                      {row.clientIds.count.toLocaleString()}{' '}
                      {row.clientIds.count === 1 ? 'client' : 'clients'}
                    </button>
                  ) : (
                    '–'
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  return (
    <div className="figure-table">
      {folded ? (
        <details>
          <summary>{caption}: table</summary>
          {table}
        </details>
      ) : (
        table
      )}
      <button type="button" className="button" onClick={exportCsv}>
        Save “{caption}” as CSV
      </button>
    </div>
  );
}
