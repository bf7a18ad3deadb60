import { useEffect, useState } from 'react';
import { showError } from '../../state/toastStore';

/**
 * A stored value that a control changes and saves at once. The control shows the new value
 * straight away, not the stored one until the database answers: a tick that flicked back for
 * a moment would look like it had not taken.
 */
export function useSavedValue<T>(stored: T, save: (value: T) => Promise<void>): [T, (value: T) => void] {
  const [pending, setPending] = useState<{ value: T } | null>(null);
  const storedKey = JSON.stringify(stored);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new stored value (by content) ends the wait
  useEffect(() => setPending(null), [storedKey]);
  const change = (value: T) => {
    setPending({ value });
    save(value).catch((error: unknown) => {
      setPending(null);
      showError(error);
    });
  };
  return [pending ? pending.value : stored, change];
}
