import { type ReactNode, useEffect, useId, useLayoutEffect, useRef } from 'react';

interface ModalDialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Buttons at the bottom; inside the dialog's form, so a submit button answers Enter. */
  actions: ReactNode;
  onSubmit?: () => void;
}

/**
 * A modal dialog on the native <dialog> element: it traps focus, closes on Escape and gives
 * focus back to the button that opened it. Rendered only while open.
 */
export function ModalDialog({ title, onClose, children, actions, onSubmit }: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // A layout effect, so close() runs while the dialog is still in the document: that is what
  // gives focus back to the opener. An open dialog that is just removed leaves focus nowhere.
  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    element.showModal();
    return () => element.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="modal"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form
        method="dialog"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit?.();
        }}
      >
        <h2 id={titleId}>{title}</h2>
        {children}
        <div className="form-actions">{actions}</div>
      </form>
    </dialog>
  );
}

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before something that cannot be taken back, like throwing away unsaved changes. */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  cancelLabel = 'Keep editing',
  danger = false,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const cancel = useRef<HTMLButtonElement>(null);
  // The safe answer has focus, so Enter out of habit keeps the changes. (The dialog opens in
  // ModalDialog's layout effect, which runs before this one.)
  useEffect(() => cancel.current?.focus(), []);
  return (
    <ModalDialog
      title={title}
      onClose={onCancel}
      onSubmit={onConfirm}
      actions={
        <>
          <button type="submit" className={`button ${danger ? 'button--danger' : 'button--primary'}`}>
            {confirmLabel}
          </button>
          <button ref={cancel} type="button" className="button" onClick={onCancel}>
            {cancelLabel}
          </button>
        </>
      }
    >
      {children}
    </ModalDialog>
  );
}
