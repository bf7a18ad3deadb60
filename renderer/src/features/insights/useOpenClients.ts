import type { ClientGroup } from '@shared/insights/figures/shownFigures';
import { useCallback } from 'react';
import { useLocation } from 'wouter';
import { clientIdsInWorker } from '../../db/insightsWorker/insightsWorkerClient';
import { useClientListStore } from '../../state/clientListStore';
import { showError } from '../../state/toastStore';

/**
 * Opens the client list showing exactly the given clients, e.g. those behind a bar or a count.
 * A figure's clients (a ClientGroup) are looked up in the insights worker, which keeps them.
 */
export function useOpenClients(): (label: string, clients: ClientGroup | readonly string[]) => void {
  const [, navigate] = useLocation();
  const showSelection = useClientListStore((state) => state.showSelection);
  return useCallback(
    (label, clients) => {
      const ids = 'ref' in clients ? clientIdsInWorker(clients.ref) : Promise.resolve(clients);
      ids.then((list) => {
        showSelection({ label, ids: list });
        navigate('/clients');
      }, showError);
    },
    [navigate, showSelection],
  );
}
