import type { WebFrameMain } from 'electron';

/**
 * Only the app's own top-level page may use the bridge: not an embedded frame (which could show
 * anything), not a page that navigated elsewhere, not a frame that has gone away.
 * Returns the reason a sender is refused, or '' when it is trusted.
 */
export function untrustedSenderProblem(
  frame: Pick<WebFrameMain, 'url' | 'parent'> | null,
  isAppPage: (url: string) => boolean,
): string {
  if (frame === null) return 'The request came from a page that is no longer open.';
  if (frame.parent !== null) return 'The request came from an embedded frame, not from the app.';
  if (!isAppPage(frame.url)) return 'The request came from a page that is not part of the app.';
  return '';
}
