import { presetFromMapping } from '@shared/import';
import { describe, expect, it } from 'vitest';
import {
  deleteImportPreset,
  listImportPresets,
  saveImportPreset,
} from '../../../renderer/src/db/importPresetsRepository';
import { freshDatabase } from './testDatabase';

describe('import mapping presets', () => {
  const header = ['Name', 'E-mail', 'Customer'];

  it('are saved by name, replaced when saved again under the same name, listed by name and deleted', async () => {
    const db = await freshDatabase();
    await saveImportPreset(
      db,
      presetFromMapping('Shop sheet', header, [
        { field: 'fullName' },
        { field: 'email' },
        { field: 'notes' },
      ]),
    );
    await saveImportPreset(db, presetFromMapping('Club list', header, [{ field: 'fullName' }]));
    const replaced = await saveImportPreset(
      db,
      presetFromMapping(' shop SHEET ', header, [
        { field: 'fullName' },
        { field: 'email' },
        { field: 'organization' },
      ]),
    );
    const presets = await listImportPresets(db);
    expect(presets.map((preset) => preset.name)).toEqual(['Club list', 'shop SHEET']);
    expect(presets[1]?.columns[2]).toEqual({ header: 'Customer', mapping: { field: 'organization' } });
    await deleteImportPreset(db, replaced.id);
    expect((await listImportPresets(db)).map((preset) => preset.name)).toEqual(['Club list']);
    await expect(saveImportPreset(db, presetFromMapping('  ', header, []))).rejects.toThrow(
      'Give the preset a name',
    );
  });
});
