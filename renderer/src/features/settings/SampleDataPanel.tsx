import { useRef, useState } from 'react';
import { useToday } from '../../app/useToday';
import { db } from '../../db/appDatabase';
import { useSampleClientCount } from '../../db/hooks/homeHooks';
import { loadSampleData, removeSampleData } from '../../db/sampleDataRepository';
import { showError, showToast } from '../../state/toastStore';
import { SelectField } from '../../ui/Field';
import { SampleLoadProgress } from './SampleLoadProgress';

const sizes = [
  { value: '150', label: '150 clients' },
  { value: '2000', label: '2,000 clients' },
  { value: '20000', label: '20,000 clients (about 60,000 projects)' },
];

/** Loads made-up clients to explore the app, and removes them again without touching real ones. */
export function SampleDataPanel() {
  const today = useToday();
  const sampleCount = useSampleClientCount() ?? 0;
  const [size, setSize] = useState('150');
  const [busy, setBusy] = useState<'' | 'loading' | 'removing'>('');
  const [progress, setProgress] = useState<{ written: number; total: number } | null>(null);
  const loading = useRef<AbortController | null>(null);

  const load = async () => {
    const controller = new AbortController();
    loading.current = controller;
    setBusy('loading');
    setProgress({ written: 0, total: Number(size) });
    try {
      await loadSampleData(db, Number(size), today, {
        signal: controller.signal,
        onProgress: (written, total) => setProgress({ written, total }),
      });
      showToast(`Sample data loaded: ${Number(size).toLocaleString()} clients.`);
    } catch (error) {
      if (controller.signal.aborted) showToast('Stopped loading sample data. Nothing was added.');
      else showError(error, 'The sample data');
    } finally {
      loading.current = null;
      setBusy('');
      setProgress(null);
    }
  };
  const remove = async () => {
    setBusy('removing');
    try {
      const removed = await removeSampleData(db);
      showToast(`Removed ${removed.toLocaleString()} sample clients.`);
    } catch (error) {
      showError(error);
    } finally {
      setBusy('');
    }
  };

  return (
    <section className="card" aria-labelledby="sample-heading">
      <h2 id="sample-heading">Sample data</h2>
      <p className="muted">
        Made-up clients and projects to explore Clientele. They are marked as samples and can be removed in
        one go; clients you added yourself stay.
      </p>
      <div className="inline-form">
        <SelectField
          id="sample-size"
          label="How many sample clients"
          value={size}
          options={sizes}
          onChange={setSize}
        />
        <button type="button" className="button" onClick={load} disabled={busy !== ''}>
          {busy === 'loading' ? 'Loading sample data…' : 'Load sample data'}
        </button>
      </div>
      {progress && <SampleLoadProgress {...progress} onCancel={() => loading.current?.abort()} />}
      {sampleCount > 0 && (
        <p>
          {sampleCount.toLocaleString()} sample clients are in your client book.{' '}
          <button type="button" className="button button--danger" onClick={remove} disabled={busy !== ''}>
            {busy === 'removing' ? 'Removing…' : 'Remove sample data'}
          </button>
        </p>
      )}
    </section>
  );
}
