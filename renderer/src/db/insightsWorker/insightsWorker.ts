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

self.addEventListener('message', (event: MessageEvent<InsightsWorkerRequest>) => {
  const { id, request } = event.data;
  work.compute(request).then(
    ({ figures, stamp }) => reply({ id, ok: true, figures, stamp }),
    (error: unknown) =>
      reply({ id, ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
});
