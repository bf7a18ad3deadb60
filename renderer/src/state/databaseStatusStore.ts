import { create } from 'zustand';

/** Set when a newer Clientele (another window or tab) took over the database, so this one stopped. */
export const useDatabaseStatusStore = create<{ replaced: boolean }>(() => ({ replaced: false }));
