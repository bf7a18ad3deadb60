import { Link } from 'wouter';
import { useSendingsAwaitingAnswers } from '../../db/hooks/surveyHooks';
import { SendingStatusBadge } from './SendingStatusBadge';

const shown = 100;

/** Sendings not answered yet, newest first: where answers are still to come in. */
export function AwaitingAnswers() {
  const sendings = useSendingsAwaitingAnswers() ?? [];
  return (
    <section className="card" aria-labelledby="awaiting-heading">
      <h2 id="awaiting-heading">Waiting for an answer</h2>
      {sendings.length === 0 ? (
        <p className="muted">
          No survey is waiting for an answer. Send one from a client's page, under Surveys.
        </p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">Surveys waiting for an answer</caption>
            <thead>
              <tr>
                <th scope="col">Project</th>
                <th scope="col">Client</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {sendings.slice(0, shown).map((sending) => (
                <tr key={sending.id}>
                  <th scope="row">
                    <Link href={`/surveys/sendings/${sending.id}`}>{sending.projectTitle}</Link>
                  </th>
                  <td>{sending.clientName}</td>
                  <td>
                    <SendingStatusBadge sending={sending} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {sendings.length > shown && (
            <p className="muted">
              The newest {shown} of {sendings.length.toLocaleString()} are shown.
            </p>
          )}
        </div>
      )}
    </section>
  );
}
