import { describeStorageError, isStorageError } from '@shared/storage/storageErrors';
import { create } from 'zustand';

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error';
  /** When set, the toast offers an Undo button that runs this. */
  undo?: () => Promise<void>;
}

interface ToastState {
  toasts: Toast[];
  show: (toast: Omit<Toast, 'id'>) => void;
  dismiss: (id: number) => void;
}

/** How long a toast, and with it the chance to undo, stays on screen. */
export const toastDurationMs = 10_000;

let nextId = 1;

export const useToastStore = create<ToastState>((set, get) => ({
  toasts: [],
  show: (toast) => {
    const id = nextId++;
    set((state) => ({ toasts: [...state.toasts.slice(-2), { ...toast, id }] }));
    setTimeout(() => get().dismiss(id), toastDurationMs);
  },
  dismiss: (id) => set((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) })),
}));

export function showToast(message: string, undo?: () => Promise<void>): void {
  useToastStore.getState().show({ message, tone: 'info', undo });
}

/**
 * Shows an error. A database error is put in words (what was not saved, why, what to do), so
 * names like "QuotaExceededError" never reach the user; `whatWasNotSaved` names the change.
 */
export function showError(error: unknown, whatWasNotSaved = 'Your change'): void {
  const message = isStorageError(error)
    ? describeStorageError(error, whatWasNotSaved)
    : error instanceof Error
      ? error.message
      : String(error);
  useToastStore.getState().show({ message, tone: 'error' });
}
