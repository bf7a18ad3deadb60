import type { OpenedFile } from '@shared/bridge/contract';
import { todayIso } from '@shared/dates/isoDate';
import { importDoneText, suggestedBatchTag, undoDoneText } from '@shared/import';
import { bridge } from '../../bridge';
import { readPickedFile } from '../../bridge/browserBridge';
import { clientListBroadcast, clientListIndex, db } from '../../db/appDatabase';
import { applyClientsWrittenElsewhere } from '../../db/importIndexSync';
import { getImportBatch, undoImportBatch } from '../../db/importRepository';
import { showError, showToast } from '../../state/toastStore';
import { initialImportSession, setImportSession, useImportSession } from './importSessionStore';
import { CancelledError, callImportWorker, type WorkerCall } from './importWorkerClient';
import { askToUndo, largeImportClients, useUndoImportStore } from './undoImportStore';
import { detectedSettings, type ImportSettings, type ImportStage } from './worker/importProtocol';

/** The worker call the screen waits for (opening, re-reading or writing), for Cancel. */
let active: WorkerCall<unknown> | null = null;

const trackProgress = (stage: ImportStage, fraction: number) =>
  setImportSession({ work: { stage, fraction } });

/** The message in words; the desktop's dialogs add "Error invoking remote method '…': Error: ". */
function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^Error invoking remote method '[^']*': (?:\w*Error: )?/, '');
}

/** The client list's keys are loaded at start-up; an import compares against them. */
function clientIndexLoaded(): Promise<void> {
  if (clientListIndex.getRevision() !== -1) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = clientListIndex.subscribe(() => {
      if (clientListIndex.getRevision() === -1) return;
      stop();
      resolve();
    });
  });
}

/** Stops the work under way, if any; its promise rejects with CancelledError. */
export function cancelImportWork(): void {
  active?.cancel();
}

/** Opens the file in the worker and shows its preview, or says why it cannot be imported. */
async function openContactsFile(file: OpenedFile): Promise<void> {
  cancelImportWork();
  setImportSession({ ...initialImportSession, phase: 'opening', work: { stage: 'reading', fraction: 0 } });
  await clientIndexLoaded();
  const call = callImportWorker(
    'open',
    { fileName: file.name, bytes: file.bytes, lookup: clientListIndex.matchKeyMap() },
    { onProgress: trackProgress },
    [file.bytes.buffer as ArrayBuffer],
  );
  active = call;
  try {
    const preview = await call.promise;
    if (preview.format === 'unreadable') {
      setImportSession({
        ...initialImportSession,
        refusal: `${file.name} cannot be imported. ${preview.fileProblems.join(' ')}`,
      });
      return;
    }
    setImportSession({
      phase: 'preview',
      preview,
      settings: detectedSettings,
      batchTag: suggestedBatchTag(preview.source, todayIso()),
      work: null,
    });
  } catch (error) {
    setImportSession({
      ...initialImportSession,
      notice: error instanceof CancelledError ? `Stopped reading ${file.name}. Nothing was imported.` : '',
      refusal: error instanceof CancelledError ? '' : `${file.name} cannot be imported. ${messageOf(error)}`,
    });
  } finally {
    if (active === call) active = null;
  }
}

/** Lets the user pick a file (the desktop's open dialog, or the browser's file input). */
export async function chooseContactsFile(): Promise<void> {
  try {
    const file = await bridge.openContactsFile();
    if (file) await openContactsFile(file);
  } catch (error) {
    setImportSession({ ...initialImportSession, refusal: messageOf(error) });
  }
}

/** A file dropped anywhere on the window: go to the import screen and open it there. */
export async function importDroppedFile(file: File): Promise<void> {
  if (useImportSession.getState().phase === 'committing') {
    showToast(`An import is being saved; drop ${file.name} again once it has finished.`);
    return;
  }
  if (window.location.hash !== '#/import') window.location.hash = '#/import';
  try {
    await openContactsFile(await readPickedFile(file));
  } catch (error) {
    setImportSession({ ...initialImportSession, refusal: messageOf(error) });
  }
}

/**
 * Reads the file again with other settings. A new encoding, delimiter or source changes what
 * the columns are, so the mapping starts again from that source's own unless one is given.
 */
export async function changeImportSettings(patch: Partial<ImportSettings>): Promise<void> {
  const state = useImportSession.getState();
  if (!state.preview) return;
  const columnsChange = 'encoding' in patch || 'delimiter' in patch || 'source' in patch;
  const settings: ImportSettings = {
    ...state.settings,
    ...(columnsChange && !('mapping' in patch) ? { mapping: null } : {}),
    ...patch,
  };
  cancelImportWork();
  setImportSession({ settings, work: { stage: 'reading', fraction: 0 }, notice: '' });
  const call = callImportWorker('configure', { settings }, { onProgress: trackProgress });
  active = call;
  try {
    const preview = await call.promise;
    const oldTag = state.preview ? suggestedBatchTag(state.preview.source, todayIso()) : '';
    const { batchTag } = useImportSession.getState();
    setImportSession({
      preview,
      // Choices per row survive a new mapping or kind; a new encoding, delimiter or source starts afresh.
      ...(columnsChange ? { overrides: {} } : {}),
      work: null,
      batchTag: batchTag === oldTag ? suggestedBatchTag(preview.source, todayIso()) : batchTag,
    });
  } catch (error) {
    if (active !== call) return;
    setImportSession({ settings: state.settings, work: null });
    if (!(error instanceof CancelledError)) showError(error);
  } finally {
    if (active === call) active = null;
  }
}

/** Writes the import in one transaction in the worker, then offers to undo it. */
export async function runImport(): Promise<void> {
  const state = useImportSession.getState();
  if (!state.preview) return;
  setImportSession({ phase: 'committing', work: { stage: 'writing', fraction: 0 }, notice: '' });
  const call = callImportWorker(
    'commit',
    {
      action: state.action,
      overrides: Object.entries(state.overrides).map(([row, action]) => [Number(row), action]),
      batchTag: state.batchTag,
    },
    {
      onProgress: trackProgress,
      onWritten: (clients) => {
        applyClientsWrittenElsewhere(clientListIndex, clients);
        clientListBroadcast.announce({ stored: clients, deletedIds: [], reload: false });
      },
    },
  );
  active = call;
  try {
    const outcome = await call.promise;
    setImportSession({ phase: 'done', outcome, work: null });
    showToast(importDoneText(outcome.fileName, outcome.counts), () => undoImport(outcome.batchId));
  } catch (error) {
    setImportSession({
      phase: 'preview',
      work: null,
      notice:
        error instanceof CancelledError
          ? 'Import cancelled. Nothing was written.'
          : `Nothing was imported: ${messageOf(error)}`,
    });
  } finally {
    if (active === call) active = null;
  }
}

/** Undoes a whole import and says what it did, including clients it kept. */
export async function undoImport(batchId: string): Promise<void> {
  const planned = await getImportBatch(db, batchId);
  const large = planned !== undefined && planned.createdClientIds.length >= largeImportClients;
  if (large && !(await askToUndo(planned))) return;
  const trackUndo = large
    ? (done: number, total: number) =>
        useUndoImportStore.setState({ progress: { fileName: planned.fileName, done, total } })
    : undefined;
  try {
    const { batch, undo } = await undoImportBatch(db, batchId, undefined, trackUndo);
    showToast(undoDoneText(batch.fileName, undo));
  } finally {
    if (large) useUndoImportStore.setState({ progress: null });
  }
}

/** Back to choosing a file; the worker forgets the one it had. */
export function startOver(): void {
  cancelImportWork();
  callImportWorker('close', {});
  setImportSession(initialImportSession);
}
