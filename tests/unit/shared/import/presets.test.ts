import {
  applyPreset,
  type ColumnMapping,
  presetCoverage,
  presetFromMapping,
  restorePreset,
} from '@shared/import';
import { describe, expect, it } from 'vitest';

describe('mapping presets', () => {
  const header = ['Name', 'Email', 'Email', 'Notes'];
  const mapping: ColumnMapping[] = [
    { field: 'fullName' },
    { field: 'email', label: 'work' },
    { field: 'email', label: 'home' },
    { field: 'ignore' },
  ];

  it('apply to a file with the same columns in another order, repeated names told apart', () => {
    const preset = presetFromMapping('Club list', header, mapping);
    const applied = applyPreset(['notes', 'EMAIL', 'Name', 'Email', 'Phone'], preset, [
      { field: 'ignore' },
      { field: 'ignore' },
      { field: 'ignore' },
      { field: 'ignore' },
      { field: 'phone' },
    ]);
    expect(applied).toEqual([
      { field: 'ignore' },
      { field: 'email', label: 'work' },
      { field: 'fullName' },
      { field: 'email', label: 'home' },
      { field: 'phone' },
    ]);
    expect(presetCoverage(['Name', 'Phone'], preset)).toBe(1);
  });

  it('survive being saved as JSON, and unknown fields become "do not import"', () => {
    const saved = JSON.parse(JSON.stringify(presetFromMapping('Club list', header, mapping)));
    expect(restorePreset(saved)).toEqual(presetFromMapping('Club list', header, mapping));
    saved.columns[0].mapping.field = 'shoeSize';
    expect(restorePreset(saved)?.columns[0]?.mapping).toEqual({ field: 'ignore' });
    expect(restorePreset({ name: 3 })).toBeNull();
    expect(restorePreset('nonsense')).toBeNull();
  });
});
