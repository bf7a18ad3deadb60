import { todayIso } from '@shared/dates/isoDate';
import { suggestedBatchTag } from '@shared/import';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type {
  ImportPreview,
  ImportSettings,
} from '../../../../renderer/src/features/importExport/worker/importProtocol';

/** The worker calls made by the screen, answered by the test. */
const calls: {
  settings: ImportSettings;
  resolve: (preview: ImportPreview) => void;
  reject: (error: Error) => void;
}[] = [];

vi.mock('../../../../renderer/src/bridge', () => ({ bridge: {} }));
vi.mock('../../../../renderer/src/bridge/browserBridge', () => ({ readPickedFile: vi.fn() }));
vi.mock('../../../../renderer/src/db/appDatabase', () => ({
  db: {},
  clientListIndex: {},
  clientListBroadcast: {},
}));
vi.mock('../../../../renderer/src/features/importExport/importWorkerClient', () => ({
  CancelledError: class CancelledError extends Error {},
  callImportWorker: (_call: string, params: { settings: ImportSettings }) => {
    const promise = new Promise<ImportPreview>((resolve, reject) => {
      calls.push({ settings: params.settings, resolve, reject });
    });
    return { id: calls.length, promise, cancel: vi.fn() };
  },
}));

const { changeImportSettings } = await import('../../../../renderer/src/features/importExport/importActions');
const { initialImportSession, setImportSession, useImportSession } = await import(
  '../../../../renderer/src/features/importExport/importSessionStore'
);

const savedMapping = [{ field: 'fullName' }, { field: 'email', label: 'work' }] as ImportSettings['mapping'];

function preview(source: ImportPreview['source']): ImportPreview {
  return { fileName: 'contacts.csv', source, mapping: savedMapping } as ImportPreview;
}

/** The screen after a Google Contacts file was opened and the user chose a mapping and row actions. */
function openedWithChoices(): void {
  setImportSession({
    ...initialImportSession,
    phase: 'preview',
    preview: preview('google'),
    settings: { encoding: 'auto', delimiter: 'auto', source: 'auto', mapping: savedMapping, kind: 'auto' },
    overrides: { 3: 'fill-empty' },
    batchTag: suggestedBatchTag('google', todayIso()),
  });
}

async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
}

beforeEach(() => {
  calls.length = 0;
  openedWithChoices();
});

describe('changing how an import file is read', () => {
  it('a new encoding, delimiter or source maps the columns afresh and forgets row choices', async () => {
    for (const patch of [{ encoding: 'windows-1252' }, { delimiter: ';' }, { source: 'outlook' }] as const) {
      openedWithChoices();
      const done = changeImportSettings(patch);
      expect(calls.at(-1)?.settings).toMatchObject({ ...patch, mapping: null });
      calls.at(-1)?.resolve(preview('google'));
      await done;
      expect(useImportSession.getState().overrides).toEqual({});
    }
  });

  it('a new kind keeps the columns the user mapped and the choices made row by row', async () => {
    const done = changeImportSettings({ kind: 'b2b' });
    expect(calls[0]?.settings).toMatchObject({ kind: 'b2b', mapping: savedMapping });
    calls[0]?.resolve(preview('google'));
    await done;
    expect(useImportSession.getState().overrides).toEqual({ 3: 'fill-empty' });
  });

  it('a source chosen together with a mapping (a preset) keeps that mapping', async () => {
    const presetMapping = [{ field: 'phone' }] as ImportSettings['mapping'];
    void changeImportSettings({ source: 'outlook', mapping: presetMapping });
    expect(calls[0]?.settings.mapping).toEqual(presetMapping);
  });

  it('the batch tag follows the new source unless the user wrote their own', async () => {
    let done = changeImportSettings({ source: 'outlook' });
    calls[0]?.resolve(preview('outlook'));
    await done;
    expect(useImportSession.getState().batchTag).toBe(suggestedBatchTag('outlook', todayIso()));

    openedWithChoices();
    setImportSession({ batchTag: 'Conference 2026' });
    done = changeImportSettings({ source: 'outlook' });
    calls[1]?.resolve(preview('outlook'));
    await done;
    expect(useImportSession.getState().batchTag).toBe('Conference 2026');
  });

  it('when the file cannot be read that way, the previous settings stay and the screen is usable', async () => {
    const before = useImportSession.getState().settings;
    const done = changeImportSettings({ encoding: 'utf-16le' });
    expect(useImportSession.getState().work).not.toBeNull();
    calls[0]?.reject(new Error('The file could not be read as UTF-16.'));
    await done;
    await settle();
    const after = useImportSession.getState();
    expect(after.settings).toEqual(before);
    expect(after.work).toBeNull();
  });

  it('nothing is asked of the worker before a file was opened', async () => {
    setImportSession({ ...initialImportSession });
    await changeImportSettings({ encoding: 'utf-8' });
    expect(calls).toHaveLength(0);
  });
});
