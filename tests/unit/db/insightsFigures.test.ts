import type { FiguresRequest, ShownFiguresByScreen } from '@shared/insights/figures';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../../renderer/src/db/clientsRepository';
import type { ClienteleDatabase } from '../../../renderer/src/db/database';
import { type FiguresState, InsightsFiguresSource } from '../../../renderer/src/db/insightsFigures';
import { FiguresWork } from '../../../renderer/src/db/insightsWorker/figuresWork';
import {
  loadSavedShownFigures,
  SavedFiguresDatabase,
} from '../../../renderer/src/db/insightsWorker/savedFigures';
import { createProject } from '../../../renderer/src/db/projectsRepository';
import { clientDetails } from '../support/clients';
import { freshDatabase, projectDetails } from './testDatabase';

const home: FiguresRequest = {
  screen: 'home',
  options: {
    today: '2026-11-30',
    homeCurrency: 'USD',
    lapsedAfterMonths: 24,
    dueToBuyLeadWeeks: 6,
    repeatMinCompletedProjects: 2,
  },
};

/** A session as the app runs one, with the worker's work done in-process and a count of computations. */
function session(db: ClienteleDatabase, saved: SavedFiguresDatabase) {
  const work = new FiguresWork(db, saved);
  const counter = { computed: 0 };
  const source = new InsightsFiguresSource(db, {
    compute: (request) => {
      counter.computed += 1;
      return work.compute(request);
    },
    loadSaved: (key) => loadSavedShownFigures(saved, key),
  });
  return { source, counter, work };
}

function stateWhere(
  source: InsightsFiguresSource,
  request: FiguresRequest,
  test: (state: FiguresState) => boolean,
): Promise<FiguresState> {
  return new Promise((resolve) => {
    const check = () => {
      const state = source.getState(request);
      if (test(state)) {
        unsubscribe();
        resolve(state);
      }
    };
    const unsubscribe = source.subscribe(request, check);
    check();
  });
}

const revenueThisYear = (state: FiguresState) =>
  (state.figures as ShownFiguresByScreen['home']).headline.thisYear.revenue.USD ?? 0;

async function bookWithOneProject() {
  const db = await freshDatabase();
  const saved = new SavedFiguresDatabase(`saved-${crypto.randomUUID()}`);
  const clientId = await createClient(db, clientDetails('b2b', { organization: 'Acme' }));
  await createProject(db, projectDetails(clientId, { finalInvoiceDate: '2026-03-01' }));
  return { db, saved, clientId };
}

describe('insights figures kept between sessions and brought up to date after changes', () => {
  it('shows the figures saved last time at once, as current, when nothing changed since', async () => {
    const { db, saved } = await bookWithOneProject();
    const first = session(db, saved);
    const computed = await stateWhere(first.source, home, (state) => state.current);
    expect(revenueThisYear(computed)).toBe(500_000);
    expect(first.counter.computed).toBe(1);

    const restarted = session(db, saved);
    const shown = await stateWhere(restarted.source, home, (state) => state.current);
    expect(revenueThisYear(shown)).toBe(500_000);
    expect(restarted.counter.computed).toBe(0);
    db.close();
  });

  it('watches from start-up without reading the book: nothing is computed until a screen asks', async () => {
    const { db, saved, clientId } = await bookWithOneProject();
    await stateWhere(session(db, saved).source, home, (state) => state.current);

    const restarted = session(db, saved);
    restarted.source.start();
    await createProject(db, projectDetails(clientId, { finalInvoiceDate: '2026-06-01' }));
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(restarted.counter.computed).toBe(0);
    const fresh = await stateWhere(restarted.source, home, (state) => state.current);
    expect(revenueThisYear(fresh)).toBe(1_000_000);
    expect(restarted.counter.computed).toBe(1);
    db.close();
  });

  it('marks saved figures out of date after a change, then replaces them with recomputed ones', async () => {
    const { db, saved, clientId } = await bookWithOneProject();
    await stateWhere(session(db, saved).source, home, (state) => state.current);
    await createProject(db, projectDetails(clientId, { finalInvoiceDate: '2026-06-01' }));

    const restarted = session(db, saved);
    const stale = await stateWhere(restarted.source, home, (state) => state.figures !== null);
    expect(stale.current).toBe(false);
    expect(revenueThisYear(stale)).toBe(500_000);
    const fresh = await stateWhere(restarted.source, home, (state) => state.current);
    expect(revenueThisYear(fresh)).toBe(1_000_000);
    db.close();
  });

  it('recomputes figures a screen is showing when the data changes during the session', async () => {
    const { db, saved, clientId } = await bookWithOneProject();
    const { source } = session(db, saved);
    const seen: FiguresState[] = [];
    const unsubscribe = source.subscribe(home, () => seen.push(source.getState(home)));
    await stateWhere(source, home, (state) => state.current);
    await createProject(db, projectDetails(clientId, { finalInvoiceDate: '2026-07-01' }));
    const fresh = await stateWhere(
      source,
      home,
      (state) => state.current && revenueThisYear(state) === 1_000_000,
    );
    expect(fresh.current).toBe(true);
    expect(seen.some((state) => state.figures !== null && !state.current)).toBe(true);
    unsubscribe();
    db.close();
  });

  it('opens exactly the clients behind a figure, from the figures shown, also after a restart', async () => {
    const { db, saved, clientId } = await bookWithOneProject();
    const first = session(db, saved);
    const computed = await stateWhere(first.source, home, (state) => state.current);
    const active = (computed.figures as ShownFiguresByScreen['home']).headline.thisYear.activeClientIds;
    expect(active.count).toBe(1);
    expect(await first.work.clientIds(active.ref)).toEqual([clientId]);

    const restarted = session(db, saved);
    const shown = await stateWhere(restarted.source, home, (state) => state.current);
    const again = (shown.figures as ShownFiguresByScreen['home']).headline.thisYear.activeClientIds;
    expect(restarted.counter.computed).toBe(0);
    expect(await restarted.work.clientIds(again.ref)).toEqual([clientId]);
    db.close();
  });
});
