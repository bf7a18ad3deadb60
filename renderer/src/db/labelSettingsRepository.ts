import type { LabelOffset } from '@shared/labels';
import type { Settings } from '@shared/model/settings';
import type { ClienteleDatabase } from './database';
import { loadSettings } from './settingsRepository';

export interface LabelSettingsChange {
  lastLabelTemplateId?: string;
  customLabelTemplate?: Settings['customLabelTemplate'];
  labelTextOptions?: Settings['labelTextOptions'];
  /** The nudge for one template; the others' are kept. */
  offset?: { templateId: string; offset: LabelOffset };
}

/**
 * Saves the label choices (last template, custom sheet, a template's nudge, label text) without
 * touching the other settings, in one transaction so nothing saved meanwhile is lost.
 */
export async function saveLabelSettings(db: ClienteleDatabase, change: LabelSettingsChange): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const current = await loadSettings(db);
    const { offset, ...rest } = change;
    const labelOffsets = offset
      ? { ...current.labelOffsets, [offset.templateId]: { ...offset.offset } }
      : current.labelOffsets;
    await db.settings.put({ key: 'settings', value: { ...current, ...rest, labelOffsets } });
  });
}
