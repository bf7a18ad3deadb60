import type { FiguresRequest } from '@shared/insights/figures';
import type { ComputedFigures } from './figuresWork';
import type { InsightsWorkerRequest, InsightsWorkerResponse } from './insightsProtocol';

type Answer = Extract<InsightsWorkerResponse, { ok: true }>;

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve: (answer: Answer) => void; reject: (error: Error) => void }>();

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
    if (response.ok) call.resolve(response);
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

type Question = InsightsWorkerRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

function ask(question: Question): Promise<Answer> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    insightsWorker().postMessage({ ...question, id } as InsightsWorkerRequest);
  });
}

/** Computes one screen's figures in the insights worker. */
export async function computeFiguresInWorker(request: FiguresRequest): Promise<ComputedFigures> {
  const answer = await ask({ kind: 'figures', request });
  if (answer.kind !== 'figures') throw new Error('The insights worker answered the wrong question.');
  return { figures: answer.figures, stamp: answer.stamp };
}

/** The client ids behind a figure on screen (a ClientGroup's ref), from the worker's full figures. */
export async function clientIdsInWorker(ref: string): Promise<string[]> {
  const answer = await ask({ kind: 'clients', ref });
  if (answer.kind !== 'clients') throw new Error('The insights worker answered the wrong question.');
  return answer.clientIds;
}
