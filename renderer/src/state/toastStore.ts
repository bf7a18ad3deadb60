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

/**
 * How long a toast stays: a plain confirmation briefly, an error long enough to read twice.
 * A toast with Undo has no time limit: it stays until used or dismissed.
 */
const confirmationDurationMs = 4_000;
const errorDurationMs = 10_000;
const maxToasts = 3;

let nextId = 1;

/** Room for one more: the oldest plain toast makes way first, an undo only when all have one. */
function makeRoom(toasts: readonly Toast[]): Toast[] {
  if (toasts.length < maxToasts) return [...toasts];
  const plain = toasts.find((toast) => !toast.undo) ?? toasts[0];
  return toasts.filter((toast) => toast !== plain).slice(-(maxToasts - 1));
}

export const useToastStore = create<ToastState>((set, get) => ({
  toasts: [],
  show: (toast) => {
    const id = nextId++;
    set((state) => ({ toasts: [...makeRoom(state.toasts), { ...toast, id }] }));
    if (toast.undo) return;
    setTimeout(() => get().dismiss(id), toast.tone === 'error' ? errorDurationMs : confirmationDurationMs);
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
