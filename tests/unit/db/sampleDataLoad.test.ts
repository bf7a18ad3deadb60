import { describe, expect, it } from 'vitest';
import { countSampleClients, loadSampleData } from '../../../renderer/src/db/sampleDataRepository';
import { freshDatabase } from './testDatabase';

const today = '2026-11-30';

describe('loading sample data', () => {
  it('reports progress in steps up to every client', async () => {
    const db = await freshDatabase();
    const steps: number[] = [];
    await loadSampleData(db, 600, today, { onProgress: (written) => steps.push(written) });
    expect(steps).toEqual([500, 600]);
    expect(await countSampleClients(db)).toBe(600);
  }, 30_000);

  it('leaves the book as it was when cancelled part way: no clients, no projects', async () => {
    const db = await freshDatabase();
    const controller = new AbortController();
    await expect(
      loadSampleData(db, 600, today, {
        signal: controller.signal,
        onProgress: (written) => {
          if (written >= 500) controller.abort();
        },
      }),
    ).rejects.toThrow();
    expect(await db.clients.count()).toBe(0);
    expect(await db.projects.count()).toBe(0);
  }, 30_000);
});
