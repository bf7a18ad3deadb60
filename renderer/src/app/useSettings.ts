import { defaultSettings, type Settings } from '@shared/model/settings';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/appDatabase';
import { loadSettings } from '../db/settingsRepository';

/** The user's settings, live: screens update as soon as a setting is saved. */
export function useSettings(): Settings {
  return useLiveQuery(() => loadSettings(db), [], defaultSettings);
}
