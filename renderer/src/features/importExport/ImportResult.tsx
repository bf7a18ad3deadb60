import { importDoneText } from '@shared/import';
import { Link } from 'wouter';
import { useImportBatch } from '../../db/hooks/importHooks';
import { showError } from '../../state/toastStore';
import { startOver, undoImport } from './importActions';
import { useImportSession } from './importSessionStore';

/** What the import did, with the way back (undo) and onward (the clients, another file). */
export function ImportResult() {
  const outcome = useImportSession((state) => state.outcome);
  const batch = useImportBatch(outcome?.batchId);
  if (!outcome) return null;
  const undone = batch?.undoneAt !== undefined && batch.undoneAt !== '';
  return (
    <section className="card import-result" aria-labelledby="import-result-heading">
      <h2 id="import-result-heading">{undone ? 'Import undone' : 'Import finished'}</h2>
      <p role="status">{importDoneText(outcome.fileName, outcome.counts)}</p>
      {undone && <p>This import has been undone; see the import history below.</p>}
      <div className="form-actions">
        <Link href="/clients" className="button button--primary">
          Show clients
        </Link>
        {!undone && (
          <button
            type="button"
            className="button"
            onClick={() => undoImport(outcome.batchId).catch(showError)}
          >
            Undo this import
          </button>
        )}
        <button type="button" className="button" onClick={startOver}>
          Import another file
        </button>
      </div>
    </section>
  );
}
