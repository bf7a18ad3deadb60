import { useDatabaseStatusStore } from '../state/databaseStatusStore';

/**
 * Covers the app once a newer Clientele in another window has taken over the data: this window
 * has closed its connection (so the update can finish) and must reload before saving anything.
 */
export function ReplacedWindowNotice() {
  const replaced = useDatabaseStatusStore((state) => state.replaced);
  if (!replaced) return null;
  return (
    <div className="replaced-window" role="alertdialog" aria-labelledby="replaced-title" aria-modal="true">
      <div className="replaced-window__box">
        <h2 id="replaced-title">Clientele was updated in another window</h2>
        <p>
          This window stopped using your data so the update can finish. Reload it to continue; nothing was
          lost.
        </p>
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    </div>
  );
}
