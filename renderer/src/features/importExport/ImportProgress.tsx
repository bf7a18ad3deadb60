import { useId } from 'react';
import { cancelImportWork } from './importActions';
import type { ImportWork } from './importSessionStore';
import type { ImportStage } from './worker/importProtocol';

const stageWords: Record<ImportStage, string> = {
  reading: 'Reading the file',
  mapping: 'Turning rows into clients',
  matching: 'Looking for clients you already have',
  writing: 'Saving the clients',
};

/** Progress of the worker's job, with a Cancel button that stops it. */
export function ImportProgress({ work }: { work: ImportWork }) {
  const id = useId();
  const percent = Math.round(Math.min(1, Math.max(0, work.fraction)) * 100);
  return (
    <div className="import-progress">
      <label htmlFor={id} className="import-progress__label">
        {stageWords[work.stage]}… <span className="import-progress__percent">{percent}%</span>
      </label>
      <progress id={id} max={100} value={percent} />
      <button type="button" className="button" onClick={cancelImportWork}>
        Cancel
      </button>
    </div>
  );
}
