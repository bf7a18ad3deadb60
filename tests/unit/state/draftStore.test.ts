import { describe, expect, it } from 'vitest';
import { createDraftStore } from '../../../renderer/src/state/draftStore';

interface NoteDraft {
  title: string;
  lines: string[];
}

describe('unsaved drafts kept across screens', () => {
  it('keeps each record’s draft apart until it is saved or dropped', () => {
    const store = createDraftStore<NoteDraft>();
    const { setDraft, clearDraft } = store.getState();
    setDraft('a', { title: 'Kick-off', lines: [] });
    setDraft('new', { title: 'Draft for a new one', lines: [] });
    clearDraft('a');
    expect(store.getState().drafts).toEqual({ new: { title: 'Draft for a new one', lines: [] } });
  });

  it('changes a copy, so the form showing the old draft re-renders instead of missing the change', () => {
    const store = createDraftStore<NoteDraft>();
    store.getState().setDraft('a', { title: 'Kick-off', lines: ['agenda'] });
    const before = store.getState().drafts.a;
    store.getState().updateDraft('a', (draft) => {
      draft.lines.push('budget');
    });
    expect(before).toEqual({ title: 'Kick-off', lines: ['agenda'] });
    expect(store.getState().drafts.a).toEqual({ title: 'Kick-off', lines: ['agenda', 'budget'] });
  });

  it('a change to a record with no draft (nothing unsaved) makes none up', () => {
    const store = createDraftStore<NoteDraft>();
    store.getState().updateDraft('a', (draft) => {
      draft.title = 'Renamed';
    });
    expect(store.getState().drafts).toEqual({});
  });
});
