import { type ProjectStatus, projectStatuses, projectStatusLabels } from '@shared/model/project';
import { type ProjectDraft, readProjectDraft } from '@shared/projects/projectDraft';
import { hasErrors } from '@shared/validation/fieldErrors';
import { useState } from 'react';
import { useSettings } from '../../app/useSettings';
import { db } from '../../db/appDatabase';
import { useServiceTypes } from '../../db/hooks/projectHooks';
import { saveProject } from '../../db/projectsRepository';
import { showError, showToast } from '../../state/toastStore';
import { currencyOptions } from '../../ui/currencyOptions';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { SelectField, TextAreaField, TextField } from '../../ui/Field';
import { fieldId } from '../../ui/fieldId';

interface ProjectFormProps {
  clientId: string;
  /** The project being edited, or undefined to add one. */
  projectId?: string;
  initial: ProjectDraft;
  onDone: () => void;
}

const statusOptions = projectStatuses.map((status) => ({
  value: status,
  label: projectStatusLabels[status],
}));

export function ProjectForm({ clientId, projectId, initial, onDone }: ProjectFormProps) {
  const settings = useSettings();
  const serviceTypes = useServiceTypes() ?? [];
  const [draft, setDraft] = useState(initial);
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);
  const { details, errors: currentErrors } = readProjectDraft(draft, clientId);
  const errors = attempt > 0 ? currentErrors : {};
  const set = <K extends keyof ProjectDraft>(key: K, value: ProjectDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setAttempt((count) => count + 1);
    if (hasErrors(currentErrors)) return;
    setSaving(true);
    try {
      await saveProject(db, projectId, details, draft.serviceTypeName);
      showToast(projectId ? 'Project saved.' : 'Project added.');
      onDone();
    } catch (error) {
      showError(error, 'The project');
      setSaving(false);
    }
  };

  return (
    <form
      className="project-form card"
      onSubmit={submit}
      noValidate
      aria-label={projectId ? 'Edit project' : 'Add project'}
    >
      <h3>{projectId ? 'Edit project' : 'New project'}</h3>
      <ErrorSummary errors={errors} attempt={attempt} />
      <div className="form-grid">
        <TextField
          id={fieldId('title')}
          label="Project title"
          value={draft.title}
          error={errors.title}
          onChange={(v) => set('title', v)}
        />
        <TextField
          id={fieldId('serviceTypeName')}
          label="Service or product"
          hint="Pick one you used before or type a new one."
          list="service-type-names"
          value={draft.serviceTypeName}
          onChange={(v) => set('serviceTypeName', v)}
        />
        <datalist id="service-type-names">
          {serviceTypes.map((type) => (
            <option key={type.id} value={type.name} />
          ))}
        </datalist>
        <SelectField<ProjectStatus>
          id={fieldId('status')}
          label="Status"
          value={draft.status}
          options={statusOptions}
          onChange={(v) => set('status', v)}
        />
        <TextField
          id={fieldId('startDate')}
          label="Start date"
          type="date"
          value={draft.startDate}
          error={errors.startDate}
          onChange={(v) => set('startDate', v)}
        />
        <TextField
          id={fieldId('endDate')}
          label="End date"
          type="date"
          value={draft.endDate}
          error={errors.endDate}
          onChange={(v) => set('endDate', v)}
        />
        <TextField
          id={fieldId('finalInvoiceDate')}
          label="Final invoice date"
          type="date"
          value={draft.finalInvoiceDate}
          error={errors.finalInvoiceDate}
          onChange={(v) => set('finalInvoiceDate', v)}
        />
        <TextField
          id={fieldId('amount.amountMinor')}
          label="Amount"
          inputMode="decimal"
          placeholder="2,500.00"
          value={draft.amountText}
          error={errors['amount.amountMinor']}
          onChange={(v) => set('amountText', v)}
        />
        <SelectField
          id={fieldId('amount.currency')}
          label="Currency"
          value={draft.currency}
          options={currencyOptions(settings.homeCurrency)}
          error={errors['amount.currency']}
          onChange={(v) => set('currency', v)}
        />
      </div>
      <TextAreaField
        id={fieldId('projectNotes')}
        label="Project notes"
        rows={3}
        value={draft.notes}
        onChange={(v) => set('notes', v)}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {projectId ? 'Save project' : 'Add project'}
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
