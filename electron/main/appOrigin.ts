/**
 * Where the app's own pages live. The renderer is served from app://clientele/ and the browser
 * keys IndexedDB, where every client and project is stored, by that origin. NEVER change the
 * scheme or the host after a release: users' data would seem to vanish (it stays on disk under
 * the old origin, unreachable). The same goes for the app's name in package.json, which names
 * the userData folder that holds the origin's storage.
 */
export const appScheme = 'app';
export const appHost = 'clientele';
export const appStartUrl = `${appScheme}://${appHost}/index.html`;

function parseUrl(candidate: string): URL | null {
  try {
    return new URL(candidate);
  } catch {
    return null;
  }
}

/** True for app://clientele/... pages and for the origin string "app://clientele" itself. */
export function isAppUrl(candidate: string): boolean {
  const url = parseUrl(candidate);
  // Compared by parts: for a non-special scheme, URL#origin is the opaque "null".
  return url !== null && url.protocol === `${appScheme}:` && url.host === appHost;
}

/** True when the URL is on the same origin (scheme, host and port) as the dev server. */
export function isDevServerUrl(candidate: string, devServerUrl: string | undefined): boolean {
  if (devServerUrl === undefined) return false;
  const url = parseUrl(candidate);
  const server = parseUrl(devServerUrl);
  return url !== null && server !== null && url.origin !== 'null' && url.origin === server.origin;
}

/**
 * The test for "this is one of the app's own pages": app://clientele always, plus the
 * electron-vite dev server while developing.
 */
export function appPageCheck(devServerUrl: string | undefined): (candidate: string) => boolean {
  return (candidate) => isAppUrl(candidate) || isDevServerUrl(candidate, devServerUrl);
}
