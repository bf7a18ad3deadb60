import type { FiguresRequest } from '@shared/insights/figures';
import type { ComputedFigures } from './figuresWork';
import type { InsightsWorkerRequest, InsightsWorkerResponse } from './insightsProtocol';

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<
  number,
  { resolve: (result: ComputedFigures) => void; reject: (error: Error) => void }
>();

function insightsWorker(): Worker {
  if (worker) return worker;
  const created = new Worker(new URL('./insightsWorker.ts', import.meta.url), {
    type: 'module',
    name: 'Clientele insights',
  });
  created.addEventListener('message', (event: MessageEvent<InsightsWorkerResponse>) => {
    const response = event.data;
    const call = pending.get(response.id);
    if (!call) return;
    pending.delete(response.id);
    if (response.ok) call.resolve({ figures: response.figures, stamp: response.stamp });
    else call.reject(new Error(response.message));
  });
  created.addEventListener('error', (event) => {
    event.preventDefault();
    const failure = new Error('Working out the figures stopped unexpectedly.');
    for (const call of pending.values()) call.reject(failure);
    pending.clear();
    created.terminate();
    worker = null;
  });
  worker = created;
  return created;
}

/** Computes one screen's figures in the insights worker. */
export function computeFiguresInWorker(request: FiguresRequest): Promise<ComputedFigures> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    const message: InsightsWorkerRequest = { id, request };
    insightsWorker().postMessage(message);
  });
}
