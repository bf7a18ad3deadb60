import { type ClientListFilters, defaultClientListFilters } from '@shared/clients/listQuery';
import { create } from 'zustand';

interface ClientListState {
  filters: ClientListFilters;
  setFilter: <K extends keyof ClientListFilters>(key: K, value: ClientListFilters[K]) => void;
  clearFilters: () => void;
}

/** What the client list is filtered and sorted by; kept while the user visits a client. */
export const useClientListStore = create<ClientListState>((set) => ({
  filters: defaultClientListFilters,
  setFilter: (key, value) => set((state) => ({ filters: { ...state.filters, [key]: value } })),
  clearFilters: () =>
    set((state) => ({
      filters: {
        ...defaultClientListFilters,
        sort: state.filters.sort,
        descending: state.filters.descending,
      },
    })),
}));
