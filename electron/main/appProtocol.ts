import { readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { contentSecurityPolicy } from '@shared/security/contentSecurityPolicy';
import { appHost, appScheme } from './appOrigin';
import { mimeTypeFor } from './mimeTypes';

/**
 * Serves the built renderer (out/renderer) at app://clientele/. Every response carries the
 * Content-Security-Policy header, and no URL can reach a file outside the renderer folder.
 */

/**
 * Privileges for protocol.registerSchemesAsPrivileged, which must run before the app is ready.
 * `standard` gives the scheme real origins (so IndexedDB and localStorage work and are keyed by
 * app://clientele); `secure` makes it a secure context like https.
 */
export const appSchemePrivileges = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  stream: true,
} as const;

/**
 * The file under `rendererRoot` that an app:// URL names, or null when the URL is not for the
 * app's host or would step outside the folder (including encoded "..", "/" and "\").
 */
export function resolveAppFile(rendererRoot: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${appScheme}:` || url.host !== appHost) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const root = resolve(rendererRoot);
  const filePath = join(root, pathname);
  const inside = relative(root, filePath);
  if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return null;
  return inside === '' ? join(root, 'index.html') : filePath;
}

function respond(status: number, body: BodyInit | null, contentType: string): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': contentType,
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

function notFound(): Response {
  return respond(404, 'Not found', 'text/plain; charset=utf-8');
}

async function readIfFile(filePath: string): Promise<Uint8Array<ArrayBuffer> | null> {
  try {
    return await readFile(filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return null;
    throw error;
  }
}

/** The handler for protocol.handle('app', ...). */
export function createAppProtocolHandler(rendererRoot: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return respond(405, 'Method not allowed', 'text/plain; charset=utf-8');
    }
    const filePath = resolveAppFile(rendererRoot, request.url);
    if (filePath === null) return notFound();
    // The renderer routes by hash (#/clients/42), so every page is index.html: no fallback needed.
    const bytes = await readIfFile(filePath);
    return bytes === null ? notFound() : respond(200, bytes, mimeTypeFor(filePath));
  };
}
