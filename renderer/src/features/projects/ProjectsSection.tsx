import { billedAmounts } from '@shared/clients/billedTotals';
import { onlyQuotedText, summarizeProjects } from '@shared/clients/projectSummary';
import { formatIsoDate } from '@shared/dates/isoDate';
import type { Client } from '@shared/model/client';
import type { Project } from '@shared/model/project';
import { formatMoney } from '@shared/money/money';
import { defaultProjectCurrency } from '@shared/projects/defaultCurrency';
import { newProjectDraft, type ProjectDraft, projectDraftFrom } from '@shared/projects/projectDraft';
import { useState } from 'react';
import { useSettings } from '../../app/useSettings';
import { db } from '../../db/appDatabase';
import { useProjectsOfClient, useServiceTypes } from '../../db/hooks/projectHooks';
import { deleteProject } from '../../db/projectsRepository';
import { restoreFromTrash } from '../../db/trashRepository';
import { showError, showToast } from '../../state/toastStore';
import { ProjectForm } from './ProjectForm';
import { ProjectTable } from './ProjectTable';

type Editing = { projectId?: string; initial: ProjectDraft } | null;

function billedText(client: Client, homeCurrency: string): string {
  const amounts = billedAmounts(client.billedByCurrency, homeCurrency);
  if (amounts.length === 0) return formatMoney({ amountMinor: 0, currency: homeCurrency });
  return amounts.map((amount) => formatMoney(amount)).join(' + ');
}

/** A client's projects: the figures, the list, and adding, editing and deleting with undo. */
export function ProjectsSection({ client }: { client: Client }) {
  const settings = useSettings();
  const projects = useProjectsOfClient(client.id) ?? [];
  const serviceTypes = useServiceTypes() ?? [];
  const serviceTypeNames = new Map(serviceTypes.map((type) => [type.id, type.name]));
  const [editing, setEditing] = useState<Editing>(null);
  const quoted = onlyQuotedText(summarizeProjects(projects, settings));

  const remove = async (project: Project) => {
    try {
      const trashId = await deleteProject(db, project.id);
      showToast(`Deleted project “${project.title}”.`, () => restoreFromTrash(db, trashId));
    } catch (error) {
      showError(error);
    }
  };

  return (
    <section className="card projects" aria-labelledby="projects-heading">
      <div className="section-header">
        <h2 id="projects-heading">Projects</h2>
        {!editing && (
          <button
            type="button"
            className="button button--primary"
            onClick={() =>
              setEditing({
                initial: newProjectDraft(defaultProjectCurrency(projects, settings.homeCurrency)),
              })
            }
          >
            Add project
          </button>
        )}
      </div>
      <dl className="figures">
        <div>
          <dt>Projects</dt>
          <dd>{client.projectCount.toLocaleString()}</dd>
        </div>
        {quoted ? (
          <div>
            <dt>Last project</dt>
            <dd>{quoted}</dd>
          </div>
        ) : (
          <>
            <div>
              <dt>Total billed</dt>
              <dd>{billedText(client, settings.homeCurrency)}</dd>
            </div>
            <div>
              <dt>First project</dt>
              <dd>{formatIsoDate(client.firstProjectDate) || '—'}</dd>
            </div>
            <div>
              <dt>Last project</dt>
              <dd>{formatIsoDate(client.lastProjectDate) || '—'}</dd>
            </div>
          </>
        )}
      </dl>
      {editing && (
        <ProjectForm
          key={editing.projectId ?? 'new'}
          clientId={client.id}
          projectId={editing.projectId}
          initial={editing.initial}
          onDone={() => setEditing(null)}
        />
      )}
      {projects.length === 0 && !editing ? (
        <p className="muted">No projects yet. Add what this client bought, when, and for how much.</p>
      ) : (
        projects.length > 0 && (
          <ProjectTable
            projects={projects}
            serviceTypeNames={serviceTypeNames}
            onEdit={(project) =>
              setEditing({
                projectId: project.id,
                initial: projectDraftFrom(project, serviceTypeNames.get(project.serviceTypeId) ?? ''),
              })
            }
            onDelete={remove}
          />
        )
      )}
    </section>
  );
}
