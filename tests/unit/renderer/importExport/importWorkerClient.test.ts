import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A stand-in for the import worker: records what it was sent and answers only when told to. */
class FakeWorker {
  static created: FakeWorker[] = [];
  readonly sent: { id: number; call: string }[] = [];
  terminated = false;
  private readonly listeners: ((event: { data: unknown }) => void)[] = [];
  constructor() {
    FakeWorker.created.push(this);
  }
  addEventListener(type: string, listener: (event: { data: unknown }) => void): void {
    if (type === 'message') this.listeners.push(listener);
  }
  postMessage(message: { id: number; call: string }): void {
    this.sent.push(message);
  }
  answer(data: unknown): void {
    for (const listener of this.listeners) listener({ data });
  }
  terminate(): void {
    this.terminated = true;
  }
}

async function loadClient() {
  return import('../../../../renderer/src/features/importExport/importWorkerClient');
}

const openParams = { fileName: 'contacts.csv', bytes: new Uint8Array(), lookup: {} } as never;

describe('cancelling work in the import worker', () => {
  beforeEach(() => {
    vi.resetModules();
    vi.useFakeTimers();
    FakeWorker.created = [];
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('ends a worker stuck in a long step after a second, says cancelled, and starts a fresh one', async () => {
    const { callImportWorker, CancelledError, cancelGraceMillis } = await loadClient();
    const reading = callImportWorker('open', openParams);
    const outcome = reading.promise.catch((error: unknown) => error);
    reading.cancel();
    const stuck = FakeWorker.created[0];
    expect(stuck?.sent.map((message) => message.call)).toEqual(['open', 'cancel']);
    vi.advanceTimersByTime(cancelGraceMillis - 1);
    expect(stuck?.terminated).toBe(false);
    vi.advanceTimersByTime(1);
    expect(stuck?.terminated).toBe(true);
    expect(await outcome).toBeInstanceOf(CancelledError);
    callImportWorker('open', openParams);
    expect(FakeWorker.created).toHaveLength(2);
    expect(FakeWorker.created[1]?.sent.map((message) => message.call)).toEqual(['open']);
  });

  it('keeps a worker that answers the cancel in time', async () => {
    const { callImportWorker, CancelledError, cancelGraceMillis } = await loadClient();
    const reading = callImportWorker('open', openParams);
    const outcome = reading.promise.catch((error: unknown) => error);
    reading.cancel();
    const worker = FakeWorker.created[0];
    worker?.answer({ id: reading.id, kind: 'cancelled' });
    vi.advanceTimersByTime(cancelGraceMillis * 2);
    expect(await outcome).toBeInstanceOf(CancelledError);
    expect(worker?.terminated).toBe(false);
  });

  it('tells other calls of an ended worker that the import stopped', async () => {
    const { callImportWorker, cancelGraceMillis } = await loadClient();
    const reading = callImportWorker('configure', { settings: {} } as never);
    const page = callImportWorker('problems', { offset: 0, limit: 10 });
    const pageOutcome = page.promise.catch((error: Error) => error.message);
    reading.promise.catch(() => undefined);
    reading.cancel();
    vi.advanceTimersByTime(cancelGraceMillis);
    expect(await pageOutcome).toMatch(/stopped.*Open the file again/);
  });

  it('never ends a worker in the middle of writing an import', async () => {
    const { callImportWorker, cancelGraceMillis } = await loadClient();
    const writing = callImportWorker('commit', { action: 'skip', overrides: [], batchTag: '' });
    writing.cancel();
    vi.advanceTimersByTime(cancelGraceMillis * 5);
    expect(FakeWorker.created[0]?.terminated).toBe(false);
  });
});
