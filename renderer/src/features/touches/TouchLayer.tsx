import { TouchDialogHost } from './TouchDialog';
import { useLogTouchShortcut } from './useLogTouchShortcut';

/** The app-wide part of the relationship log: the keyboard shortcut and the dialog it opens. */
export function TouchLayer() {
  useLogTouchShortcut();
  return <TouchDialogHost />;
}
