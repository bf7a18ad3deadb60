import type { FiguresRequest } from '@shared/insights/figures';
import { workerCalls } from '../workerCalls';
import type { ComputedFigures } from './figuresWork';
import type { InsightsWorkerRequest, InsightsWorkerResponse } from './insightsProtocol';

type Answer = Extract<InsightsWorkerResponse, { ok: true }>;

type Question = InsightsWorkerRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

const insightsWorker = workerCalls<Question, InsightsWorkerResponse>(
  () =>
    new Worker(new URL('./insightsWorker.ts', import.meta.url), {
      type: 'module',
      name: 'Clientele insights',
    }),
  'Working out the figures stopped unexpectedly.',
);

async function ask(question: Question): Promise<Answer> {
  const response = await insightsWorker(question);
  if (!response.ok) throw new Error(response.message);
  return response;
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
