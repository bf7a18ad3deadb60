import { defaultSettings, type Settings } from '@shared/model/settings';
import { liveQuery } from 'dexie';
import { db } from './appDatabase';
import { loadSettings } from './settingsRepository';

let current: Settings = defaultSettings;
const listeners = new Set<() => void>();

// One live query for the whole app, started at load: screens read the latest settings at once
// instead of each waiting for its own database read when it mounts.
liveQuery(() => loadSettings(db)).subscribe({
  next: (settings) => {
    current = settings;
    for (const listener of listeners) listener();
  },
});

export function subscribeToSettings(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function currentSettings(): Settings {
  return current;
}
