import { useClientListStore } from '../../state/clientListStore';

/** Says which figure's clients the list shows, with the way back to all clients. */
export function ClientSelectionBanner() {
  const selection = useClientListStore((state) => state.selection);
  const clearSelection = useClientListStore((state) => state.clearSelection);
  if (!selection) return null;
  return (
    <p className="client-selection" role="status">
      <span>
        Only the {selection.ids.length.toLocaleString()} {selection.ids.length === 1 ? 'client' : 'clients'}{' '}
        behind: <strong>{selection.label}</strong>
      </span>
      <button type="button" className="button" onClick={clearSelection}>
        Show all clients
      </button>
    </p>
  );
}
