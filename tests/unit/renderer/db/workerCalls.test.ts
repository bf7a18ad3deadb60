import { describe, expect, it } from 'vitest';
import { workerCalls } from '../../../../renderer/src/db/workerCalls';

/** A stand-in worker: records what it was sent; the test answers or crashes it. */
class FakeWorker extends EventTarget {
  sent: { id: number; question: string }[] = [];
  terminated = false;
  postMessage(message: { id: number; question: string }): void {
    this.sent.push(message);
  }
  answer(id: number, text: string): void {
    this.dispatchEvent(new MessageEvent('message', { data: { id, text } }));
  }
  crash(): void {
    this.dispatchEvent(new Event('error', { cancelable: true }));
  }
  terminate(): void {
    this.terminated = true;
  }
}

function calls() {
  const started: FakeWorker[] = [];
  const ask = workerCalls<{ question: string }, { id: number; text: string }>(() => {
    const worker = new FakeWorker();
    started.push(worker);
    return worker as unknown as Worker;
  }, 'The work stopped unexpectedly.');
  return { ask, started };
}

describe('calls to a worker', () => {
  it('settle each call with its own answer, whatever order the answers come in', async () => {
    const { ask, started } = calls();
    const first = ask({ question: 'figures' });
    const second = ask({ question: 'clients' });
    const [worker] = started;
    expect(started).toHaveLength(1);
    const [one, two] = worker?.sent ?? [];
    worker?.answer(two?.id ?? 0, 'the clients');
    worker?.answer(one?.id ?? 0, 'the figures');
    expect(await first).toMatchObject({ text: 'the figures' });
    expect(await second).toMatchObject({ text: 'the clients' });
  });

  it('reject every pending call when the worker crashes, and start a fresh worker for the next', async () => {
    const { ask, started } = calls();
    const first = ask({ question: 'figures' });
    const second = ask({ question: 'clients' });
    started[0]?.crash();
    await expect(first).rejects.toThrow('The work stopped unexpectedly.');
    await expect(second).rejects.toThrow('The work stopped unexpectedly.');
    expect(started[0]?.terminated).toBe(true);

    const third = ask({ question: 'again' });
    expect(started).toHaveLength(2);
    started[1]?.answer(started[1].sent[0]?.id ?? 0, 'answered');
    expect(await third).toMatchObject({ text: 'answered' });
  });
});
