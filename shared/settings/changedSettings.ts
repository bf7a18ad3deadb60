import type { Settings } from '../model/settings';

/**
 * The settings a form changed: those whose value differs from the ones the form was opened
 * with. Saving only these leaves what another form (or another window) saved in the meantime.
 */
export function changedSettings(opened: Settings, edited: Settings): Partial<Settings> {
  const changed: Partial<Settings> = {};
  for (const key of Object.keys(edited) as (keyof Settings)[]) {
    if (JSON.stringify(edited[key]) !== JSON.stringify(opened[key])) {
      Object.assign(changed, { [key]: edited[key] });
    }
  }
  return changed;
}
