import { csvBytes } from '@shared/csv/writeCsv';
import { problemsCsv } from '@shared/import';
import { describeStorageError, isStorageError } from '@shared/storage/storageErrors';
import { clientListFields } from '../../../db/importIndexSync';
import { commitImport } from '../../../db/importRepository';
import { workerDatabase as db } from '../../../db/workerDatabase';
import { exportFile } from './exportFiles';
import type {
  ImportStage,
  ImportWorkerCall,
  ImportWorkerCalls,
  WorkerRequest,
  WorkerResponse,
} from './importProtocol';
import { detectedSettings } from './importProtocol';
import { ImportSession, type WorkContext } from './importSession';
import { prepareImport } from './prepareImport';

/**
 * The import worker: reads and maps contacts files, matches them against the client book,
 * writes imports and builds export files, off the page's thread. It has its own database
 * connection; the page's client list learns of what it writes through 'written' messages.
 */

let session: ImportSession | null = null;
const running = new Map<number, AbortController>();
/** Index entries sent to the page per message, so no message takes long to receive. */
const writtenChunkSize = 1000;

function post(response: WorkerResponse, transfer: Transferable[] = []): void {
  self.postMessage(response, { transfer });
}

function currentSession(): ImportSession {
  if (!session) throw new Error('Open a contacts file first.');
  return session;
}

type Handlers = {
  [K in ImportWorkerCall]: (
    params: ImportWorkerCalls[K]['params'],
    work: WorkContext & { id: number },
  ) => Promise<ImportWorkerCalls[K]['result']> | ImportWorkerCalls[K]['result'];
};

const handlers: Handlers = {
  open: async ({ fileName, bytes, lookup }, work) => {
    const opened = new ImportSession(fileName, bytes, lookup, db);
    const preview = await opened.read(detectedSettings, work);
    session = opened;
    return preview;
  },
  configure: ({ settings }, work) => currentSession().read(settings, work),
  matches: ({ filter, offset, limit }) => currentSession().matches(filter, offset, limit),
  problems: ({ offset, limit }) => currentSession().problems(offset, limit),
  plan: (choices) => currentSession().plan(choices),
  commit: async (choices, work) => {
    work.progress('writing', 0);
    const prepared = prepareImport(currentSession(), choices);
    const { batch, written } = await commitImport(db(), prepared, {
      signal: work.signal,
      onProgress: (fraction) => work.progress('writing', fraction),
    });
    session = null;
    for (let start = 0; start < written.length; start += writtenChunkSize) {
      post({
        id: work.id,
        kind: 'written',
        clients: written.slice(start, start + writtenChunkSize).map(clientListFields),
      });
    }
    return { batchId: batch.id, fileName: batch.fileName, counts: batch.counts };
  },
  problemsCsv: () => csvBytes(problemsCsv(currentSession().state.rowProblems)),
  export: ({ format }) => exportFile(db(), format),
  close: () => {
    session = null;
    return null;
  },
};

async function handle(request: Exclude<WorkerRequest, { call: 'cancel' }>): Promise<void> {
  const controller = new AbortController();
  running.set(request.id, controller);
  const work = {
    id: request.id,
    signal: controller.signal,
    progress: (stage: ImportStage, fraction: number) =>
      post({ id: request.id, kind: 'progress', stage, fraction }),
  };
  try {
    const handler = handlers[request.call] as (params: unknown, work: unknown) => unknown;
    const result = await handler(request.params, work);
    post({ id: request.id, kind: 'done', result }, transferablesOf(result));
  } catch (error) {
    if (controller.signal.aborted) post({ id: request.id, kind: 'cancelled' });
    else
      post({
        id: request.id,
        kind: 'failed',
        message: isStorageError(error)
          ? describeStorageError(error, 'The import')
          : error instanceof Error
            ? error.message
            : String(error),
      });
  } finally {
    running.delete(request.id);
  }
}

/** File bytes go to the page by transfer, not by copy. */
function transferablesOf(result: unknown): Transferable[] {
  if (result instanceof Uint8Array) return [result.buffer as ArrayBuffer];
  const bytes = (result as { bytes?: unknown } | null)?.bytes;
  return bytes instanceof Uint8Array ? [bytes.buffer as ArrayBuffer] : [];
}

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.call === 'cancel') running.get(request.id)?.abort();
  else void handle(request);
});
