import { FileStep } from './FileStep';
import { ImportProgress } from './ImportProgress';
import { ImportResult } from './ImportResult';
import { useImportSession } from './importSessionStore';
import { PreviewStep } from './preview/PreviewStep';

/** The import, step by step: choose a file, check the preview, watch it save, see the result. */
export function ImportSection() {
  const phase = useImportSession((state) => state.phase);
  const work = useImportSession((state) => state.work);
  const refusal = useImportSession((state) => state.refusal);
  const notice = useImportSession((state) => state.notice);
  const preview = useImportSession((state) => state.preview);
  if (phase === 'choose') return <FileStep refusal={refusal} notice={notice} />;
  if (phase === 'preview' && preview) return <PreviewStep preview={preview} />;
  if (phase === 'done') return <ImportResult />;
  return (
    <section className="card" aria-labelledby="import-busy-heading" aria-busy="true">
      <h2 id="import-busy-heading">{phase === 'committing' ? 'Importing' : 'Opening the file'}</h2>
      {phase === 'committing' && (
        <p>Everything is saved in one go: if you cancel, or something fails, nothing is written.</p>
      )}
      {work && <ImportProgress work={work} />}
    </section>
  );
}
