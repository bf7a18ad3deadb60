import { ClienteleDatabase } from '../database';
import { FiguresWork } from './figuresWork';
import type { InsightsWorkerRequest, InsightsWorkerResponse } from './insightsProtocol';
import { SavedFiguresDatabase } from './savedFigures';

/**
 * Reading the whole book and computing the insights figures takes seconds at tens of thousands
 * of clients: it runs here, on its own connection to the database, so the window never waits.
 */
const work = new FiguresWork(new ClienteleDatabase(), new SavedFiguresDatabase());

function reply(response: InsightsWorkerResponse): void {
  (self as unknown as Worker).postMessage(response);
}

function failed(id: number) {
  return (error: unknown) =>
    reply({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
}

self.addEventListener('message', (event: MessageEvent<InsightsWorkerRequest>) => {
  const message = event.data;
  const { id } = message;
  if (message.kind === 'clients') {
    work
      .clientIds(message.ref)
      .then((clientIds) => reply({ id, ok: true, kind: 'clients', clientIds }), failed(id));
    return;
  }
  work
    .compute(message.request)
    .then(({ figures, stamp }) => reply({ id, ok: true, kind: 'figures', figures, stamp }), failed(id));
});
