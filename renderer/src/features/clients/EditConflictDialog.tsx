import { type FieldChoice, suggestedChoices } from '@shared/clients/editConflict';
import { useId, useState } from 'react';
import { ModalDialog } from '../../ui/ModalDialog';
import type { ConflictResolution, EditConflict } from './useEditConflict';

interface EditConflictDialogProps {
  conflict: EditConflict;
  onResolve: (resolution: ConflictResolution) => void;
  onKeepEditing: () => void;
}

function whoChanged(changedByMe: boolean, changedUnderneath: boolean): string {
  if (changedByMe && changedUnderneath) return 'changed on both sides';
  return changedUnderneath ? 'changed elsewhere' : 'changed by you';
}

/**
 * Shown when a save finds the client saved elsewhere since the form opened (another window, an
 * import filling it in). Nothing has been written yet; every difference is listed with both
 * versions, and the user keeps theirs, takes the stored one, or picks part by part.
 */
export function EditConflictDialog({ conflict, onResolve, onKeepEditing }: EditConflictDialogProps) {
  const [choices, setChoices] = useState<Record<string, FieldChoice>>(() =>
    suggestedChoices(conflict.comparison),
  );
  const groupName = useId();
  return (
    <ModalDialog
      title="This client changed while you were editing"
      onClose={onKeepEditing}
      onSubmit={() => onResolve({ keep: 'merged', choices })}
      actions={
        <>
          <button type="submit" className="button button--primary">
            Save with these choices
          </button>
          <button type="button" className="button" onClick={() => onResolve({ keep: 'mine' })}>
            Keep all of mine
          </button>
          <button type="button" className="button" onClick={() => onResolve({ keep: 'stored' })}>
            Use the saved version
          </button>
          <button type="button" className="button" onClick={onKeepEditing}>
            Keep editing
          </button>
        </>
      }
    >
      <p>
        It was saved in another window, or an import filled it in, after you opened this form. Nothing has
        been saved yet. For each difference, choose the version to keep.
      </p>
      <div className="edit-conflict">
        {conflict.comparison.differences.map((difference) => (
          <fieldset key={difference.path} className="edit-conflict__field">
            <legend>
              {difference.label}{' '}
              <span className="edit-conflict__who">
                ({whoChanged(difference.changedByMe, difference.changedUnderneath)})
              </span>
            </legend>
            {(['mine', 'stored'] as const).map((side) => (
              <label key={side} className="edit-conflict__option">
                <input
                  type="radio"
                  name={`${groupName}-${difference.path}`}
                  checked={choices[difference.path] === side}
                  onChange={() => setChoices((current) => ({ ...current, [difference.path]: side }))}
                />
                <span>
                  <strong>{side === 'mine' ? 'Yours: ' : 'Saved: '}</strong>
                  <span className="edit-conflict__value">{difference[side]}</span>
                </span>
              </label>
            ))}
          </fieldset>
        ))}
      </div>
    </ModalDialog>
  );
}
