import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { showError, showToast, useToastStore } from '../../../renderer/src/state/toastStore';

const messages = () => useToastStore.getState().toasts.map((toast) => toast.message);
const undo = () => Promise.resolve();

describe('toasts', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    useToastStore.setState({ toasts: [] });
  });
  afterEach(() => vi.useRealTimers());

  it('shows a plain confirmation briefly and an error longer', () => {
    showToast('Client added.');
    showError(new Error('Disk full'));
    vi.advanceTimersByTime(4_000);
    expect(messages()).toEqual(['Disk full']);
    vi.advanceTimersByTime(6_000);
    expect(messages()).toEqual([]);
  });

  it('keeps an undo toast until it is used or dismissed', () => {
    showToast('Deleted Acme.', undo);
    vi.advanceTimersByTime(60_000);
    expect(messages()).toEqual(['Deleted Acme.']);
  });

  it('shows at most three, and a plain one makes way before an undo', () => {
    showToast('Deleted A.', undo);
    showToast('Saved.');
    showToast('Deleted B.', undo);
    showToast('Deleted C.', undo);
    expect(messages()).toEqual(['Deleted A.', 'Deleted B.', 'Deleted C.']);
    showToast('Deleted D.', undo);
    expect(messages()).toEqual(['Deleted B.', 'Deleted C.', 'Deleted D.']);
  });
});
