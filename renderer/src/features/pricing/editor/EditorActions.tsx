interface EditorActionsProps {
  /** Duplicate, rename and delete need a saved scenario; print and PDF work on the form. */
  saved: boolean;
  onRename: () => void;
  onDuplicate: () => void;
  onPrint: () => void;
  onSavePdf: () => void;
  onDelete: () => void;
}

export function EditorActions({
  saved,
  onRename,
  onDuplicate,
  onPrint,
  onSavePdf,
  onDelete,
}: EditorActionsProps) {
  return (
    <>
      {saved && (
        <>
          <button type="button" className="button" onClick={onDuplicate}>
            Duplicate (what if…)
          </button>
          <button type="button" className="button" onClick={onRename}>
            Rename
          </button>
        </>
      )}
      <button type="button" className="button" onClick={onPrint}>
        Print summary
      </button>
      <button type="button" className="button" onClick={onSavePdf}>
        Save as PDF
      </button>
      {saved && (
        <button type="button" className="button button--danger" onClick={onDelete}>
          Delete
        </button>
      )}
    </>
  );
}
