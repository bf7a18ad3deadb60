import { clientDisplayName, personName } from '@shared/clients/names';
import { type Touch, touchKindLabels, touchKinds } from '@shared/model/touch';
import { validateTouch } from '@shared/touches/validateTouch';
import type { FieldErrors } from '@shared/validation/fieldErrors';
import { useState } from 'react';
import { useToday } from '../../app/useToday';
import { db } from '../../db/appDatabase';
import { useClient } from '../../db/hooks/clientHooks';
import { logTouch, updateTouch } from '../../db/touchesRepository';
import { showError, showToast } from '../../state/toastStore';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../ui/Field';
import { ModalDialog } from '../../ui/ModalDialog';
import { ClientPicker } from './ClientPicker';
import { useTouchDialogStore } from './touchDialogStore';
import { newTouchDraft, type TouchDraft, touchDetailsOf } from './touchDraft';

const kindOptions = touchKinds.map((kind) => ({ value: kind, label: touchKindLabels[kind] }));

/** The log-a-touch dialog, rendered once for the whole app and opened through its store. */
export function TouchDialogHost() {
  const request = useTouchDialogStore((state) => state.request);
  const close = useTouchDialogStore((state) => state.close);
  const today = useToday();
  if (!request) return null;
  const existing = 'touch' in request ? request.touch : undefined;
  const initial = newTouchDraft('touch' in request ? request.touch : request.preset, today);
  return <TouchDialog key={existing?.id ?? 'new'} initial={initial} existing={existing} onClose={close} />;
}

interface TouchDialogProps {
  initial: TouchDraft;
  existing: Touch | undefined;
  onClose: () => void;
}

function TouchDialog({ initial, existing, onClose }: TouchDialogProps) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const fixedClient = initial.clientId !== '';
  const client = useClient(draft.clientId);
  const set = <K extends keyof TouchDraft>(field: K, value: TouchDraft[K]) =>
    setDraft((current) => ({ ...current, [field]: value }));
  const personOptions = [
    { value: '', label: 'No one in particular' },
    ...(client?.contacts ?? [])
      .filter((person) => personName(person) !== '')
      .map((person) => ({ value: person.id, label: personName(person) })),
  ];

  const save = async () => {
    const details = touchDetailsOf(draft, existing);
    const found = validateTouch(details);
    if (!details.clientId) found.clientId = 'Choose the client you were in touch with.';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      if (existing) await updateTouch(db, existing.id, details);
      else await logTouch(db, details);
      onClose();
      showToast(existing ? 'Touch saved.' : `Logged: ${details.summary}`);
    } catch (error) {
      showError(error);
    }
  };

  return (
    <ModalDialog
      title={existing ? 'Edit touch' : 'Log a touch'}
      onClose={onClose}
      onSubmit={save}
      actions={
        <>
          <button type="submit" className="button button--primary">
            {existing ? 'Save' : 'Log touch'}
          </button>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
        </>
      }
    >
      <div className="touch-form">
        {fixedClient ? (
          <p className="touch-form__client">
            With <strong>{client ? clientDisplayName(client) : '…'}</strong>
          </p>
        ) : (
          <ClientPicker
            label="Client"
            value={draft.clientId}
            onChange={(clientId) => setDraft((current) => ({ ...current, clientId, personId: '' }))}
            error={errors.clientId}
          />
        )}
        <div className="touch-form__row">
          <SelectField
            id="touch-kind"
            label="Kind"
            value={draft.kind}
            options={kindOptions}
            onChange={(value) => set('kind', value)}
            error={errors.kind}
          />
          <TextField
            id="touch-date"
            label="Date"
            type="date"
            value={draft.date}
            onChange={(value) => set('date', value)}
            error={errors.date}
          />
          <SelectField
            id="touch-person"
            label="Person"
            value={draft.personId}
            options={personOptions}
            onChange={(value) => set('personId', value)}
          />
        </div>
        <TextField
          id="touch-summary"
          label="Summary"
          value={draft.summary}
          onChange={(value) => set('summary', value)}
          error={errors.summary}
          placeholder="What was it about?"
        />
        <TextAreaField
          id="touch-notes"
          label="Notes (optional)"
          value={draft.notes}
          onChange={(value) => set('notes', value)}
          rows={3}
        />
        <CheckboxField
          id="touch-follow-up"
          label="Set a follow-up"
          checked={draft.withFollowUp}
          onChange={(value) => set('withFollowUp', value)}
        />
        {draft.withFollowUp && (
          <div className="touch-form__row">
            <TextField
              id="touch-follow-up-date"
              label="Follow up on"
              type="date"
              value={draft.followUpOn}
              onChange={(value) => set('followUpOn', value)}
              error={errors['followUp.dueOn']}
            />
            <TextField
              id="touch-follow-up-action"
              label="What to do"
              value={draft.followUpAction}
              onChange={(value) => set('followUpAction', value)}
              error={errors['followUp.action']}
              placeholder="Send the proposal"
              className="touch-form__grow"
            />
          </div>
        )}
      </div>
    </ModalDialog>
  );
}
