import type { ImportBatch } from '@shared/model/importBatch';
import { create } from 'zustand';

/** The confirmation and progress of undoing a large import: UI state only. */
interface UndoImportState {
  asking: { batch: ImportBatch; answer: (confirmed: boolean) => void } | null;
  progress: { fileName: string; done: number; total: number } | null;
}

export const useUndoImportStore = create<UndoImportState>(() => ({ asking: null, progress: null }));

/** Imports at least this large ask before they are undone, and show progress while undoing. */
export const largeImportClients = 500;

export function askToUndo(batch: ImportBatch): Promise<boolean> {
  return new Promise((resolve) => {
    useUndoImportStore.setState({
      asking: {
        batch,
        answer: (confirmed) => {
          useUndoImportStore.setState({ asking: null });
          resolve(confirmed);
        },
      },
    });
  });
}
