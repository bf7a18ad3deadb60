import { countOf } from '@shared/import';
import { useState } from 'react';
import { bridge } from '../../../bridge';
import { showError, showToast } from '../../../state/toastStore';
import { useImportSession } from '../importSessionStore';
import { callImportWorker } from '../importWorkerClient';
import { Pager } from '../Pager';
import { useWorkerAnswer } from '../useWorkerAnswer';
import type { ImportPreview } from '../worker/importProtocol';

const pageSize = 25;

/** "contacts-problems.csv" beside "contacts.csv". */
function problemsFileName(fileName: string): string {
  const base = fileName.replace(/\.[^.]+$/, '') || 'contacts';
  return `${base}-problems.csv`;
}

/** The rows with problems, by the file's row numbers and columns, and the list as a CSV file. */
export function ProblemsSection({ preview }: { preview: ImportPreview }) {
  const revision = useImportSession((state) => state.revision);
  const [offset, setOffset] = useState(0);
  const { errors, warnings } = preview.problemCounts;
  const page = useWorkerAnswer(
    'problems',
    errors + warnings > 0 ? { offset, limit: pageSize } : null,
    `${revision}|${offset}`,
  );
  const download = async () => {
    try {
      const bytes = await callImportWorker('problemsCsv', {}).promise;
      const saved = await bridge.saveFile({
        suggestedName: problemsFileName(preview.fileName),
        kind: 'csv',
        bytes,
      });
      if (saved.saved) showToast(`Saved the problems as ${saved.fileName}.`);
    } catch (error) {
      showError(error);
    }
  };
  return (
    <section className="card" aria-labelledby="import-problems-heading">
      <div className="section-header">
        <h2 id="import-problems-heading">Problems</h2>
        {errors + warnings > 0 && (
          <button type="button" className="button" onClick={() => void download()}>
            Download problems as CSV
          </button>
        )}
      </div>
      {errors + warnings === 0 ? (
        <p>No problems found in the rows.</p>
      ) : (
        <>
          <p>
            {countOf(errors, 'row')} cannot be imported and {errors === 1 ? 'is' : 'are'} left out;{' '}
            {countOf(warnings, 'value')} could not be used and {warnings === 1 ? 'is' : 'are'} kept in the
            client’s notes instead. The other rows import as usual. The last column says what happens to each.
          </p>
          <div className="table-scroll">
            <table className="data-table import-problems">
              <caption className="visually-hidden">Problems in {preview.fileName}, by row</caption>
              <thead>
                <tr>
                  <th scope="col">Row</th>
                  <th scope="col">Column</th>
                  <th scope="col">Problem</th>
                  <th scope="col">Value</th>
                  <th scope="col">What happens</th>
                </tr>
              </thead>
              <tbody>
                {page?.items.map((problem, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a row can have several problems
                  <tr key={`${problem.row}-${index}`}>
                    <td className="numeric">{problem.row}</td>
                    <td>{problem.field}</td>
                    <td>{problem.message}</td>
                    <td className="import-problems__value">{problem.value}</td>
                    <td>
                      {problem.severity === 'error' ? (
                        <span className="import-status import-status--refused">Not imported</span>
                      ) : (
                        (problem.outcome ?? 'Imported, value kept in notes')
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {page && (
            <Pager
              label="Problems"
              total={page.total}
              offset={offset}
              pageSize={pageSize}
              onOffset={setOffset}
            />
          )}
        </>
      )}
    </section>
  );
}
