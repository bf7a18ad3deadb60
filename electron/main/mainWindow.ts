import { BrowserWindow } from 'electron';
import { secureWebPreferences } from './security/webPreferences';

export interface MainWindowOptions {
  /** Absolute path of out/preload/index.cjs. */
  preloadPath: string;
  /** app://clientele/index.html, or the dev server's URL while developing. */
  startUrl: string;
}

/** The app's one window. It stays hidden until the first paint so no white flash shows. */
export function createMainWindow({ preloadPath, startUrl }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Clientele',
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    webPreferences: secureWebPreferences({ preload: preloadPath, spellcheck: true }),
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(startUrl).catch((error: unknown) => {
    // Without a page there is no ready-to-show; an invisible app would look like it never started.
    console.error('Clientele could not load its page:', error);
    window.show();
  });
  return window;
}
