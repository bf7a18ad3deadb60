import { showError, useToastStore } from '../state/toastStore';

/** The toast region: announcements and undo buttons after deletes and imports. */
export function Toasts() {
  const toasts = useToastStore((state) => state.toasts);
  const dismiss = useToastStore((state) => state.dismiss);
  return (
    <section className="toasts" aria-live="polite" aria-label="Notifications">
      {toasts.map((toast) => (
        <div
          key={toast.id}
          className={`toast toast--${toast.tone}`}
          role={toast.tone === 'error' ? 'alert' : 'status'}
        >
          <span>{toast.message}</span>
          {toast.undo && (
            <button
              type="button"
              className="button button--inverse"
              onClick={() => {
                dismiss(toast.id);
                toast.undo?.().catch(showError);
              }}
            >
              Undo
            </button>
          )}
          <button
            type="button"
            className="toast__close"
            aria-label="Dismiss notification"
            onClick={() => dismiss(toast.id)}
          >
            ×
          </button>
        </div>
      ))}
    </section>
  );
}
