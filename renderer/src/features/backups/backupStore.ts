import type { BackupFileInfo, BackupFolderState } from '@shared/bridge/backupContract';
import { create } from 'zustand';

/** Backup state shared by the settings panel and the scheduler: UI state, not data. */
interface BackupState {
  folderState: BackupFolderState | null;
  /** The newest backup made or downloaded in this session (the browser build lists none). */
  lastMade: BackupFileInfo | null;
  /** A backup that failed before reaching the folder (e.g. reading the database), in words. */
  lastError: string | null;
  working: '' | 'backing-up' | 'restoring';
  /** When the database last changed in this session (ms since epoch), from any window. */
  lastChangeAt: number | null;
  /** True while the app waits for a backup before quitting (desktop). */
  quitting: boolean;
  set: (patch: Partial<Omit<BackupState, 'set'>>) => void;
}

export const useBackupStore = create<BackupState>((set) => ({
  folderState: null,
  lastMade: null,
  lastError: null,
  working: '',
  lastChangeAt: null,
  quitting: false,
  set: (patch) => set(patch),
}));
