import { useEffect, useState } from 'react';
import { showError } from '../../state/toastStore';
import { callImportWorker } from './importWorkerClient';
import type { ImportWorkerCall, ImportWorkerCalls } from './worker/importProtocol';

/**
 * Asks the import worker for something the screen shows (a page of rows, the plan's counts)
 * whenever `key` changes; an answer that arrives after a newer question is dropped.
 */
export function useWorkerAnswer<K extends ImportWorkerCall>(
  call: K,
  params: ImportWorkerCalls[K]['params'] | null,
  key: string,
): ImportWorkerCalls[K]['result'] | undefined {
  const [answer, setAnswer] = useState<{ key: string; value: ImportWorkerCalls[K]['result'] }>();
  // biome-ignore lint/correctness/useExhaustiveDependencies: key stands for params
  useEffect(() => {
    if (params === null) return;
    let current = true;
    callImportWorker(call, params)
      .promise.then((value) => {
        if (current) setAnswer({ key, value });
      })
      .catch((error: unknown) => {
        if (current) showError(error);
      });
    return () => {
      current = false;
    };
  }, [call, key]);
  return answer?.value;
}
