import { checkExternalUrl } from '@shared/bridge/externalUrl';
import type { WebContents } from 'electron';

/**
 * What a page may do with links and windows. Pages never leave the app's origin and never open
 * windows of their own; a web or mail link that passes checkExternalUrl goes to the system
 * browser or mail app instead, so clicking a client's website in the app does what a user expects.
 */

export interface NavigationPolicy {
  /** True for the app's own pages, the only place a window may navigate to. */
  isAppPage(url: string): boolean;
  /** Hands a checked link to the operating system (shell.openExternal). */
  openExternal(url: string): Promise<void>;
}

type PolicedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

function openIfSafe(url: string, policy: NavigationPolicy): void {
  const safeUrl = checkExternalUrl(url);
  // A link the system cannot open is not the page's problem: it stays where it is.
  if (safeUrl !== null) policy.openExternal(safeUrl).catch(() => undefined);
}

export function applyNavigationPolicy(contents: PolicedContents, policy: NavigationPolicy): void {
  contents.on('will-navigate', (event) => {
    if (policy.isAppPage(event.url)) return;
    event.preventDefault();
    openIfSafe(event.url, policy);
  });
  contents.setWindowOpenHandler(({ url }) => {
    openIfSafe(url, policy);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}
