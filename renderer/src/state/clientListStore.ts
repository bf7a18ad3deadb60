import { type ClientListFilters, defaultClientListFilters } from '@shared/clients/listQuery';
import { create } from 'zustand';

/** Exactly the clients behind a figure (a bar, a cell, a count), with what they are in words. */
export interface ClientSelection {
  label: string;
  ids: readonly string[];
}

interface ClientListState {
  filters: ClientListFilters;
  selection: ClientSelection | null;
  showSelection: (selection: ClientSelection) => void;
  clearSelection: () => void;
  setFilter: <K extends keyof ClientListFilters>(key: K, value: ClientListFilters[K]) => void;
  clearFilters: () => void;
}

/** What the client list is filtered and sorted by; kept while the user visits a client. */
export const useClientListStore = create<ClientListState>((set) => ({
  filters: defaultClientListFilters,
  selection: null,
  showSelection: (selection) => set({ selection, filters: defaultClientListFilters }),
  clearSelection: () => set({ selection: null }),
  setFilter: (key, value) => set((state) => ({ filters: { ...state.filters, [key]: value } })),
  clearFilters: () =>
    set((state) => ({
      selection: null,
      filters: {
        ...defaultClientListFilters,
        sort: state.filters.sort,
        descending: state.filters.descending,
      },
    })),
}));
