import { countOf } from '@shared/import';
import { ConfirmDialog, ModalDialog } from '../../ui/ModalDialog';
import { useUndoImportStore } from './undoImportStore';

/** Asks before undoing a large import, with its counts, then shows how far the undo has got. */
export function UndoImportDialog() {
  const { asking, progress } = useUndoImportStore();
  if (asking) {
    const { batch, answer } = asking;
    return (
      <ConfirmDialog
        title={`Undo the import of ${batch.fileName}?`}
        confirmLabel="Undo the import"
        cancelLabel="Keep the import"
        danger
        onConfirm={() => answer(true)}
        onCancel={() => answer(false)}
      >
        <p>
          This removes the {countOf(batch.createdClientIds.length, 'client')} the import added
          {batch.updatedBefore.length > 0
            ? ` and puts back ${countOf(batch.updatedBefore.length, 'client')} as they were before it`
            : ''}
          . Clients you gave projects or edited since are kept.
        </p>
      </ConfirmDialog>
    );
  }
  if (progress) {
    return (
      <ModalDialog
        title={`Undoing the import of ${progress.fileName}…`}
        onClose={() => undefined}
        actions={null}
      >
        <progress max={progress.total} value={progress.done} aria-label="Undo progress" />
        <p role="status">
          {progress.done.toLocaleString()} of {countOf(progress.total, 'client')} checked.
        </p>
      </ModalDialog>
    );
  }
  return null;
}
