import { isAppUrl, isDevServerUrl } from '../appOrigin';

/**
 * Which requests a page may make. The app is offline-first: its pages load from app:// (or the
 * dev server while developing) and nothing else, so a stray link, image or script URL can
 * neither leak a client's data nor make the app depend on a network.
 */

export interface RequestSummary {
  url: string;
  resourceType: string;
}

function protocolOf(candidate: string): string {
  try {
    return new URL(candidate).protocol;
  } catch {
    return '';
  }
}

/** Data and blob URLs never leave the process: charts, previews and downloads use them. */
function isInMemoryUrl(candidate: string): boolean {
  const protocol = protocolOf(candidate);
  return protocol === 'data:' || protocol === 'blob:';
}

/** The hot-reload websocket of the dev server shares its host and port. */
function isDevServerSocket(candidate: string, devServerUrl: string): boolean {
  try {
    const url = new URL(candidate);
    const server = new URL(devServerUrl);
    return (url.protocol === 'ws:' || url.protocol === 'wss:') && url.host === server.host;
  } catch {
    return false;
  }
}

/** The policy for the app window's session. */
export function appRequestPolicy(devServerUrl: string | undefined): (request: RequestSummary) => boolean {
  return ({ url }) => {
    if (isAppUrl(url) || isInMemoryUrl(url)) return true;
    if (devServerUrl === undefined) return false;
    return (
      isDevServerUrl(url, devServerUrl) ||
      isDevServerSocket(url, devServerUrl) ||
      protocolOf(url) === 'devtools:'
    );
  };
}

/**
 * The policy for the hidden windows that print documents. Their document is a temp file, so
 * file: is allowed for the top-level page only; JavaScript is off there, so only the main
 * process can load one. A file: image or frame inside a document is refused.
 */
export function printRequestPolicy(): (request: RequestSummary) => boolean {
  return ({ url, resourceType }) =>
    isInMemoryUrl(url) || (protocolOf(url) === 'file:' && resourceType === 'mainFrame');
}
