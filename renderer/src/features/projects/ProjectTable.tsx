import { projectDate } from '@shared/clients/projectSummary';
import { formatIsoDate } from '@shared/dates/isoDate';
import { type Project, projectStatusLabels } from '@shared/model/project';
import { formatMoney } from '@shared/money/money';
import { RowActions } from '../../ui/RowActions';

interface ProjectTableProps {
  projects: Project[];
  serviceTypeNames: Map<string, string>;
  onEdit: (project: Project) => void;
  onDelete: (project: Project) => void;
}

/** A date never breaks inside itself ("Nov 29, 2026"): a range wraps at most at its dash. */
const unbroken = (date: string) => date.replace(/ /g, '\u00a0');

function dateRange(project: Project): string {
  const start = unbroken(formatIsoDate(project.startDate));
  const end = unbroken(formatIsoDate(project.endDate));
  if (start && end) return `${start} – ${end}`;
  return start || end || '—';
}

/** A client's projects, newest first. */
export function ProjectTable({ projects, serviceTypeNames, onEdit, onDelete }: ProjectTableProps) {
  const sorted = [...projects].sort((a, b) => projectDate(b).localeCompare(projectDate(a)));
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">Projects</caption>
        <thead>
          <tr>
            <th scope="col">Project</th>
            <th scope="col">Status</th>
            <th scope="col">Dates</th>
            <th scope="col">Final invoice</th>
            <th scope="col" className="numeric">
              Amount
            </th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((project) => (
            <tr key={project.id}>
              <th scope="row">
                <span className="project-title">{project.title}</span>
                {serviceTypeNames.get(project.serviceTypeId) && (
                  <span className="muted block">{serviceTypeNames.get(project.serviceTypeId)}</span>
                )}
              </th>
              <td>
                <span className={`status status--${project.status}`}>
                  {projectStatusLabels[project.status]}
                </span>
              </td>
              <td>{dateRange(project)}</td>
              <td>{unbroken(formatIsoDate(project.finalInvoiceDate)) || '—'}</td>
              <td className="numeric">{formatMoney(project.amount)}</td>
              <RowActions
                rowName={project.title}
                actions={[
                  { label: 'Edit', onClick: () => onEdit(project) },
                  { label: 'Delete', onClick: () => onDelete(project), danger: true },
                ]}
              />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
