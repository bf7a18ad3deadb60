import type { ClientListFields } from '../../db/importIndexSync';
import type {
  ImportStage,
  ImportWorkerCall,
  ImportWorkerCalls,
  WorkerRequest,
  WorkerResponse,
} from './worker/importProtocol';

/** A call that was cancelled rejects with this, so callers can tell it from a failure. */
export class CancelledError extends Error {
  constructor() {
    super('Cancelled.');
    this.name = 'CancelledError';
  }
}

export interface CallHandlers {
  onProgress?: (stage: ImportStage, fraction: number) => void;
  onWritten?: (clients: ClientListFields[]) => void;
}

export interface WorkerCall<T> {
  id: number;
  promise: Promise<T>;
  /** Asks the worker to stop; the promise then rejects with CancelledError. */
  cancel: () => void;
}

interface Pending extends CallHandlers {
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
}

/** How long a cancelled call may take to stop before its worker is ended and a fresh one started. */
export const cancelGraceMillis = 1000;

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function importWorker(): Worker {
  if (worker) return worker;
  const created = new Worker(new URL('./worker/importWorker.ts', import.meta.url), {
    type: 'module',
    name: 'Clientele import',
  });
  created.addEventListener('message', (event: MessageEvent<WorkerResponse>) => receive(event.data));
  created.addEventListener('error', (event) => {
    event.preventDefault();
    const failure = new Error(
      'The import stopped unexpectedly. Nothing was written; try again, or restart Clientele if it happens again.',
    );
    for (const call of pending.values()) call.reject(failure);
    pending.clear();
    created.terminate();
    worker = null;
  });
  worker = created;
  return created;
}

/**
 * Ends a worker stuck in a long synchronous step: its calls reject (the cancelled one as
 * cancelled, the others as stopped) and the next call starts a fresh worker. What the worker
 * held, such as an opened file, is gone with it.
 */
function endWorker(stuck: Worker, cancelledId: number): void {
  stuck.terminate();
  if (worker === stuck) worker = null;
  for (const [id, call] of pending) {
    call.reject(
      id === cancelledId
        ? new CancelledError()
        : new Error('The import was stopped. Open the file again to go on.'),
    );
  }
  pending.clear();
}

function receive(response: WorkerResponse): void {
  const call = pending.get(response.id);
  if (!call) return;
  switch (response.kind) {
    case 'progress':
      call.onProgress?.(response.stage, response.fraction);
      return;
    case 'written':
      call.onWritten?.(response.clients);
      return;
    case 'done':
      pending.delete(response.id);
      call.resolve(response.result);
      return;
    case 'failed':
      pending.delete(response.id);
      call.reject(new Error(response.message));
      return;
    case 'cancelled':
      pending.delete(response.id);
      call.reject(new CancelledError());
  }
}

/** Sends a call to the import worker (started on first use); bytes in params can be transferred. */
export function callImportWorker<K extends ImportWorkerCall>(
  call: K,
  params: ImportWorkerCalls[K]['params'],
  handlers: CallHandlers = {},
  transfer: Transferable[] = [],
): WorkerCall<ImportWorkerCalls[K]['result']> {
  const id = nextId++;
  const target = importWorker();
  const promise = new Promise<ImportWorkerCalls[K]['result']>((resolve, reject) => {
    pending.set(id, { ...handlers, resolve: resolve as (result: unknown) => void, reject });
  });
  target.postMessage({ id, call, params } as WorkerRequest, transfer);
  return {
    id,
    promise,
    cancel: () => {
      if (!pending.has(id)) return;
      target.postMessage({ id, call: 'cancel' } satisfies WorkerRequest);
      // An import's write is one transaction the worker stops between chunks: it is left to
      // finish or roll back, so "cancelled" never hides clients that were written.
      if (call === 'commit') return;
      setTimeout(() => {
        if (pending.has(id) && worker === target) endWorker(target, id);
      }, cancelGraceMillis);
    },
  };
}
