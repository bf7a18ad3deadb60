import { useEffect, useRef, useState } from 'react';
import { showError } from '../../state/toastStore';

/**
 * A stored value that a control changes and saves at once. The control (and whatever is worked
 * out from it) shows the new value straight away, not the stored one until the database answers:
 * a tick that flicked back for a moment would look like it had not taken. The shown value goes
 * back to the stored one when the store has caught up with it, when a save fails, or when the
 * store changes while none of this control's saves is on its way (another window changed it).
 */
export function useSavedValue<T>(stored: T, save: (value: T) => Promise<void>): [T, (value: T) => void] {
  const [pending, setPending] = useState<{ value: T; key: string } | null>(null);
  const savesOnTheirWay = useRef(0);
  const storedKey = JSON.stringify(stored);
  useEffect(() => {
    setPending((current) =>
      current && current.key !== storedKey && savesOnTheirWay.current > 0 ? current : null,
    );
  }, [storedKey]);
  const change = (value: T) => {
    setPending({ value, key: JSON.stringify(value) });
    savesOnTheirWay.current += 1;
    save(value)
      .catch((error: unknown) => {
        setPending(null);
        showError(error);
      })
      .finally(() => {
        savesOnTheirWay.current -= 1;
      });
  };
  return [pending ? pending.value : stored, change];
}
