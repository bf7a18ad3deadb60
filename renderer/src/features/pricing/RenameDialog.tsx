import { useState } from 'react';
import { db } from '../../db/appDatabase';
import { renameScenario } from '../../db/pricingRepository';
import { usePricingDraftStore } from '../../state/pricingDraftStore';
import { showError, showToast } from '../../state/toastStore';
import { TextField } from '../../ui/Field';
import { ModalDialog } from '../../ui/ModalDialog';

interface RenameDialogProps {
  scenarioId: string;
  currentName: string;
  onClose: () => void;
}

/** Renames a saved scenario at once, and the name in any unsaved draft of it with it. */
export function RenameDialog({ scenarioId, currentName, onClose }: RenameDialogProps) {
  const [name, setName] = useState(currentName);
  const [error, setError] = useState<string>();
  const updateDraft = usePricingDraftStore((state) => state.updateDraft);
  const submit = async () => {
    try {
      const result = await renameScenario(db, scenarioId, name);
      if (!result.ok) {
        setError(result.error);
        return;
      }
      // So saving the draft later does not bring the old name back.
      updateDraft(scenarioId, (draft) => {
        draft.name = name.trim();
      });
      showToast(`Renamed to “${name.trim()}”.`);
      onClose();
    } catch (caught) {
      showError(caught);
      onClose();
    }
  };
  return (
    <ModalDialog
      title="Rename scenario"
      onClose={onClose}
      onSubmit={submit}
      actions={
        <>
          <button type="submit" className="button button--primary">
            Rename
          </button>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
        </>
      }
    >
      <TextField id="rename-scenario-name" label="New name" value={name} error={error} onChange={setName} />
    </ModalDialog>
  );
}
