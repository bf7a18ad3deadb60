import { useCallback } from 'react';
import { useLocation } from 'wouter';
import { useClientListStore } from '../../state/clientListStore';

/** Opens the client list showing exactly the given clients, e.g. those behind a bar or a count. */
export function useOpenClients(): (label: string, ids: readonly string[]) => void {
  const [, navigate] = useLocation();
  const showSelection = useClientListStore((state) => state.showSelection);
  return useCallback(
    (label, ids) => {
      showSelection({ label, ids });
      navigate('/clients');
    },
    [navigate, showSelection],
  );
}
