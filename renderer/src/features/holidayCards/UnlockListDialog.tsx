import { useEffect, useId, useLayoutEffect, useRef } from 'react';

interface UnlockListDialogProps {
  question: string;
  onUnlock: () => void;
  onCancel: () => void;
}

/**
 * Asks before a sent list changes, on the native <dialog> (focus trapped, Escape cancels,
 * focus back to the control that asked). Keeping the list as sent has focus: Enter out of habit
 * changes nothing.
 */
export function UnlockListDialog({ question, onUnlock, onCancel }: UnlockListDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    element.showModal();
    return () => element.close();
  }, []);
  useEffect(() => keep.current?.focus(), []);
  return (
    <dialog
      ref={dialog}
      className="modal"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>Unlock the sent list?</h2>
      <p>{question}</p>
      <p className="muted">The record of who got a card stays as it was.</p>
      <div className="form-actions">
        <button type="button" className="button button--primary" onClick={onUnlock}>
          Unlock and edit
        </button>
        <button ref={keep} type="button" className="button" onClick={onCancel}>
          Keep it as sent
        </button>
      </div>
    </dialog>
  );
}
