import type { Settings } from '@shared/model/settings';
import { useSyncExternalStore } from 'react';
import { currentSettings, subscribeToSettings } from '../db/settingsSource';

/** The user's settings, live: screens update as soon as a setting is saved. */
export function useSettings(): Settings {
  return useSyncExternalStore(subscribeToSettings, currentSettings);
}
