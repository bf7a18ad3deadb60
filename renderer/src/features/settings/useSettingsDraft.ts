import type { Settings } from '@shared/model/settings';
import { useState } from 'react';
import { useSettings } from '../../app/useSettings';

interface SettingsDraft<D> {
  /** The settings the draft was made from. */
  opened: Settings;
  draft: D;
  setDraft: (change: (draft: D) => D) => void;
  /** Starts again from settings just saved. */
  saved: (settings: Settings) => void;
}

const sameDraft = <D>(a: D, b: D) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A settings form's draft. When settings are saved elsewhere (another form, another window),
 * an untouched draft follows them, and a draft with unsaved edits keeps them.
 */
export function useSettingsDraft<D>(draftFrom: (settings: Settings) => D): SettingsDraft<D> {
  const stored = useSettings();
  const [state, setState] = useState(() => ({ opened: stored, draft: draftFrom(stored) }));
  if (state.opened !== stored && sameDraft(state.draft, draftFrom(state.opened))) {
    setState({ opened: stored, draft: draftFrom(stored) });
  }
  return {
    opened: state.opened,
    draft: state.draft,
    setDraft: (change) => setState((current) => ({ ...current, draft: change(current.draft) })),
    saved: (settings) => setState({ opened: settings, draft: draftFrom(settings) }),
  };
}
