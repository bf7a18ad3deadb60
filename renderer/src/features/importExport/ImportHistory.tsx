import { formatIsoDate } from '@shared/dates/isoDate';
import { batchUndoLabel, contactSourceLabels, countOf } from '@shared/import';
import type { ImportBatch } from '@shared/model/importBatch';
import { useState } from 'react';
import { useRecentImportBatches } from '../../db/hooks/importHooks';
import { showError } from '../../state/toastStore';
import { undoImport } from './importActions';

function when(iso: string): string {
  const time = new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  return `${formatIsoDate(iso.slice(0, 10))}, ${time}`;
}

function statusOf(batch: ImportBatch): string {
  if (!batch.undoneAt) return '';
  const kept = batch.undo?.kept ?? 0;
  return `Undone ${when(batch.undoneAt)}${kept > 0 ? `; ${countOf(kept, 'client')} kept (changed after the import)` : ''}`;
}

/** Every import, newest first, each undoable as a whole until it has been undone. */
export function ImportHistory() {
  const batches = useRecentImportBatches();
  const [undoing, setUndoing] = useState('');
  const undo = async (id: string) => {
    setUndoing(id);
    try {
      await undoImport(id);
    } catch (error) {
      showError(error);
    } finally {
      setUndoing('');
    }
  };
  return (
    <section className="card" aria-labelledby="import-history-heading">
      <h2 id="import-history-heading">Import history</h2>
      {batches === undefined ? null : batches.length === 0 ? (
        <p className="muted">No imports yet. Each import is listed here and can be undone as a whole.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table import-history">
            <caption className="visually-hidden">Imports, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">File</th>
                <th scope="col">From</th>
                <th scope="col" className="numeric">
                  Added
                </th>
                <th scope="col" className="numeric">
                  Filled in
                </th>
                <th scope="col">
                  <span className="visually-hidden">Undo</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {batches.map((batch) => (
                <tr key={batch.id}>
                  <td>{when(batch.createdAt)}</td>
                  <th scope="row" className="import-history__file">
                    {batch.fileName}
                  </th>
                  <td>{contactSourceLabels[batch.source]}</td>
                  <td className="numeric">{batch.counts.created.toLocaleString()}</td>
                  <td className="numeric">{batch.counts.updated.toLocaleString()}</td>
                  <td className="row-actions">
                    {batch.undoneAt ? (
                      <span className="muted">{statusOf(batch)}</span>
                    ) : (
                      <button
                        type="button"
                        className="button"
                        disabled={undoing !== ''}
                        onClick={() => void undo(batch.id)}
                      >
                        {undoing === batch.id ? 'Undoing…' : batchUndoLabel(batch)}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="muted">
        Undo removes the clients an import added and puts back the ones it filled in. Clients given a project
        or edited after the import are kept, and you are told how many.
      </p>
    </section>
  );
}
