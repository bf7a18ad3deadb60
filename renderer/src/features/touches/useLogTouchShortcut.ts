import { useEffect } from 'react';
import { useLocation } from 'wouter';
import { openTouchDialog } from './touchDialogStore';

/** Ctrl+Shift+L (⌘⇧L on a Mac) logs a touch from anywhere; on a client's page, with that client. */
export const logTouchShortcutLabel = 'Ctrl+Shift+L';

export function useLogTouchShortcut(): void {
  const [location] = useLocation();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || !event.shiftKey || event.key.toLowerCase() !== 'l') return;
      event.preventDefault();
      const onClient = /^\/clients\/([^/]+)$/.exec(location);
      const clientId = onClient?.[1] && onClient[1] !== 'new' ? onClient[1] : undefined;
      openTouchDialog(clientId ? { clientId } : {});
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [location]);
}
