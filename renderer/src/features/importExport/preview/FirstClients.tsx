import { useImportSession } from '../importSessionStore';
import type { ImportPreview } from '../worker/importProtocol';

/** The first contacts of the file as they will become clients. */
export function FirstClients({ preview }: { preview: ImportPreview }) {
  const batchTag = useImportSession((state) => state.batchTag.trim());
  if (preview.firstClients.length === 0) return null;
  return (
    <section className="card" aria-labelledby="import-first-heading">
      <h2 id="import-first-heading">The first clients, as they will be saved</h2>
      {batchTag && <p className="muted">Each new client also gets the tag “{batchTag}”.</p>}
      <div className="table-scroll">
        <table className="data-table import-first">
          <caption className="visually-hidden">
            The first {preview.firstClients.length} clients of {preview.fileName}
          </caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Name</th>
              <th scope="col">Kind</th>
              <th scope="col">Email and phone</th>
              <th scope="col">Place</th>
              <th scope="col">Tags</th>
              <th scope="col">Notes</th>
            </tr>
          </thead>
          <tbody>
            {preview.firstClients.map(({ row, summary }) => (
              <tr key={row}>
                <td className="numeric">{row}</td>
                <th scope="row">
                  <span className="import-summary__name">{summary.name}</span>
                  {summary.people.length > 0 && (
                    <span className="import-summary__details">{summary.people.join(', ')}</span>
                  )}
                </th>
                <td>{summary.kind}</td>
                <td>
                  <span className="block">{summary.email}</span>
                  <span className="block">{summary.phone}</span>
                </td>
                <td>{summary.place}</td>
                <td>{summary.tags.join(', ')}</td>
                <td className="import-first__notes">{summary.notes}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
