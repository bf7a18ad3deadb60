import { formatIsoDate } from '@shared/dates/isoDate';
import type { Client } from '@shared/model/client';
import type { Project } from '@shared/model/project';
import { lowScoreFlags } from '@shared/surveys';
import { useState } from 'react';
import { Link } from 'wouter';
import { useClientSurveyRecords } from '../../db/hooks/surveyHooks';
import { SendingStatusBadge } from './SendingStatusBadge';
import { SendSurveyDialog } from './SendSurveyDialog';

/**
 * Surveys on a client's page: each project's survey status, "Send survey" (offered once a
 * project has a final invoice date), and low scores that call for a follow-up.
 */
export function ClientSurveysSection({ client }: { client: Client }) {
  const data = useClientSurveyRecords(client.id);
  const [sendingFor, setSendingFor] = useState<Project | null>(null);
  if (!data || data.projects.length === 0) return null;
  const flags = lowScoreFlags(data.sendings, data.answers);
  const projects = [...data.projects].sort((a, b) =>
    (b.finalInvoiceDate || b.createdAt).localeCompare(a.finalInvoiceDate || a.createdAt),
  );

  return (
    <section className="card client-surveys" aria-labelledby="client-surveys-heading">
      <h2 id="client-surveys-heading">Surveys</h2>
      {flags.length > 0 && (
        <div className="follow-up" role="note" aria-label="Low scores to follow up">
          <h3>Follow up: low scores</h3>
          <ul>
            {flags.map((flag) => (
              <li key={flag.sendingId}>
                <Link href={`/surveys/sendings/${flag.sendingId}`}>{flag.projectTitle}</Link>
                {flag.answeredOn && ` (${formatIsoDate(flag.answeredOn)})`}: {flag.reasons.join('; ')}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">Surveys by project</caption>
          <thead>
            <tr>
              <th scope="col">Project</th>
              <th scope="col">Survey</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {projects.map((project) => {
              const sendings = data.sendings
                .filter((sending) => sending.projectId === project.id)
                .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
              return (
                <tr key={project.id}>
                  <th scope="row">{project.title}</th>
                  <td>
                    {sendings.length === 0 ? (
                      <span className="muted">
                        {project.finalInvoiceDate
                          ? `Not sent yet: final invoice ${formatIsoDate(project.finalInvoiceDate)}, a good time to ask.`
                          : 'Not sent'}
                      </span>
                    ) : (
                      <ul className="plain-list">
                        {sendings.map((sending) => (
                          <li key={sending.id}>
                            <Link href={`/surveys/sendings/${sending.id}`}>
                              {sending.surveyName}
                              <span className="visually-hidden"> for {project.title}</span>
                            </Link>{' '}
                            <SendingStatusBadge sending={sending} />
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td className="row-actions">
                    <button
                      type="button"
                      className={`button${sendings.length === 0 && project.finalInvoiceDate ? ' button--primary' : ' button--quiet'}`}
                      onClick={() => setSendingFor(project)}
                    >
                      Send survey<span className="visually-hidden"> for {project.title}</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {sendingFor && (
        <SendSurveyDialog client={client} project={sendingFor} onClose={() => setSendingFor(null)} />
      )}
    </section>
  );
}
