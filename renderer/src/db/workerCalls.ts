/**
 * Calls to a module worker started on first use: each request gets an id and its answer settles
 * that call; a worker that crashes rejects every pending call with `crashMessage` and is replaced
 * by a fresh one on the next call.
 */
export function workerCalls<Request extends object, Response extends { id: number }>(
  create: () => Worker,
  crashMessage: string,
): (request: Request, transfer?: Transferable[]) => Promise<Response> {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<
    number,
    { resolve: (response: Response) => void; reject: (error: Error) => void }
  >();

  const running = (): Worker => {
    if (worker) return worker;
    const created = create();
    created.addEventListener('message', (event: MessageEvent<Response>) => {
      const call = pending.get(event.data.id);
      if (!call) return;
      pending.delete(event.data.id);
      call.resolve(event.data);
    });
    created.addEventListener('error', (event) => {
      event.preventDefault();
      const failure = new Error(crashMessage);
      for (const call of pending.values()) call.reject(failure);
      pending.clear();
      created.terminate();
      worker = null;
    });
    worker = created;
    return created;
  };

  return (request, transfer = []) => {
    const id = nextId++;
    return new Promise<Response>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      running().postMessage({ ...request, id }, transfer);
    });
  };
}
