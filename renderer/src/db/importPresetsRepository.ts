import { newId, nowIso } from '@shared/ids';
import { type MappingPreset, restorePreset } from '@shared/import';
import type { ImportPreset } from '@shared/model/importBatch';
import type { ClienteleDatabase } from './database';

/** Saved column mappings, by name, alphabetically. Each passes restorePreset on the way out. */
export async function listImportPresets(db: ClienteleDatabase): Promise<ImportPreset[]> {
  const stored = await db.importPresets.orderBy('name').toArray();
  return stored.flatMap((record) => {
    const preset = restorePreset(record);
    return preset
      ? [{ ...preset, id: record.id, createdAt: record.createdAt, updatedAt: record.updatedAt }]
      : [];
  });
}

/** Saves a mapping under its name; a preset of the same name (any case) is replaced. */
export async function saveImportPreset(db: ClienteleDatabase, preset: MappingPreset): Promise<ImportPreset> {
  const name = preset.name.trim();
  if (name === '') throw new Error('Give the preset a name.');
  return db.transaction('rw', db.importPresets, async () => {
    const all = await db.importPresets.toArray();
    const same = all.find((record) => record.name.toLowerCase() === name.toLowerCase());
    const now = nowIso();
    const record: ImportPreset = {
      name,
      columns: preset.columns,
      id: same?.id ?? newId(),
      createdAt: same?.createdAt ?? now,
      updatedAt: now,
    };
    await db.importPresets.put(record);
    return record;
  });
}

export async function deleteImportPreset(db: ClienteleDatabase, id: string): Promise<void> {
  await db.importPresets.delete(id);
}
