import type { Touch, TouchDetails } from '@shared/model/touch';
import { create } from 'zustand';

/** What the touch dialog opens with: a touch to edit, or a new one with some fields preset. */
type TouchDialogRequest = { touch: Touch } | { preset: Partial<TouchDetails> };

interface TouchDialogState {
  request: TouchDialogRequest | null;
  open: (request: TouchDialogRequest) => void;
  close: () => void;
}

/** UI state only: whether the log-a-touch dialog is open, and for what. */
export const useTouchDialogStore = create<TouchDialogState>((set) => ({
  request: null,
  open: (request) => set({ request }),
  close: () => set({ request: null }),
}));

export function openTouchDialog(preset: Partial<TouchDetails> = {}): void {
  useTouchDialogStore.getState().open({ preset });
}

export function editTouch(touch: Touch): void {
  useTouchDialogStore.getState().open({ touch });
}
