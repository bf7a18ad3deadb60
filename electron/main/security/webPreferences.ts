import type { WebPreferences } from 'electron';

/**
 * Web preferences for every window the app opens. The security settings come last so that
 * nothing a caller passes (a preload, a session, javascript: false) can weaken them.
 */
export function secureWebPreferences(extra: WebPreferences): WebPreferences {
  return {
    ...extra,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
  };
}
