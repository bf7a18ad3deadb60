import { applyPreset, presetCoverage, presetFromMapping } from '@shared/import';
import { useId, useState } from 'react';
import { db } from '../../../db/appDatabase';
import { useImportPresets } from '../../../db/hooks/importHooks';
import { deleteImportPreset, saveImportPreset } from '../../../db/importPresetsRepository';
import { showError, showToast } from '../../../state/toastStore';
import { changeImportSettings } from '../importActions';
import type { ImportPreview } from '../worker/importProtocol';

/** Saves the current mapping under a name, and applies or deletes saved ones. */
export function PresetControls({ preview }: { preview: ImportPreview }) {
  const presets = useImportPresets() ?? [];
  const [chosen, setChosen] = useState('');
  const [name, setName] = useState('');
  const chooseId = useId();
  const nameId = useId();
  const ranked = presets
    .map((preset) => ({ preset, coverage: presetCoverage(preview.header, preset) }))
    .sort((a, b) => b.coverage - a.coverage || a.preset.name.localeCompare(b.preset.name));
  const selected = ranked.find((entry) => entry.preset.id === chosen)?.preset ?? ranked[0]?.preset;

  const apply = () => {
    if (!selected) return;
    void changeImportSettings({ mapping: applyPreset(preview.header, selected, preview.mapping) });
    showToast(`Applied the saved mapping “${selected.name}”.`);
  };
  const save = async () => {
    try {
      const saved = await saveImportPreset(db, presetFromMapping(name, preview.header, preview.mapping));
      setName('');
      setChosen(saved.id);
      showToast(`Saved this mapping as “${saved.name}”.`);
    } catch (error) {
      showError(error);
    }
  };
  const remove = async () => {
    if (!selected) return;
    await deleteImportPreset(db, selected.id);
    setChosen('');
    showToast(`Deleted the saved mapping “${selected.name}”.`);
  };

  return (
    <div className="import-presets">
      {ranked.length > 0 && (
        <div className="inline-form">
          <div className="field">
            <label htmlFor={chooseId}>Saved mappings</label>
            <select
              id={chooseId}
              value={selected?.id ?? ''}
              onChange={(event) => setChosen(event.target.value)}
            >
              {ranked.map(({ preset, coverage }) => (
                <option key={preset.id} value={preset.id}>
                  {preset.name} (knows {coverage} of {preview.header.length} columns)
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="button" onClick={apply}>
            Apply mapping
          </button>
          <button type="button" className="button button--quiet button--danger" onClick={() => void remove()}>
            Delete<span className="visually-hidden"> saved mapping {selected?.name}</span>
          </button>
        </div>
      )}
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <div className="field">
          <label htmlFor={nameId}>Save this mapping as</label>
          <input
            id={nameId}
            value={name}
            onChange={(event) => setName(event.target.value)}
            placeholder="e.g. Shop newsletter sheet"
          />
        </div>
        <button type="submit" className="button" disabled={name.trim() === ''}>
          Save mapping
        </button>
      </form>
    </div>
  );
}
