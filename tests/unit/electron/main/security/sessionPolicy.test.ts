import type { Session } from 'electron';
import { describe, expect, it } from 'vitest';
import { appPageCheck } from '../../../../../electron/main/appOrigin';
import { appRequestPolicy, printRequestPolicy } from '../../../../../electron/main/security/requestPolicy';
import { applySessionPolicy, type SessionPolicy } from '../../../../../electron/main/security/sessionPolicy';

type RequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl: string; isMainFrame: boolean },
) => void;
type CheckHandler = (
  contents: unknown,
  permission: string,
  origin: string,
  details: { requestingUrl?: string; isMainFrame: boolean },
) => boolean;
type BeforeRequest = (
  details: { url: string; resourceType: string },
  callback: (response: { cancel?: boolean }) => void,
) => void;

function policedSession(policy: SessionPolicy) {
  const handlers: { request?: RequestHandler; check?: CheckHandler; beforeRequest?: BeforeRequest } = {};
  const fake = {
    setPermissionRequestHandler: (handler: RequestHandler) => {
      handlers.request = handler;
    },
    setPermissionCheckHandler: (handler: CheckHandler) => {
      handlers.check = handler;
    },
    webRequest: {
      onBeforeRequest: (handler: BeforeRequest) => {
        handlers.beforeRequest = handler;
      },
    },
  };
  applySessionPolicy(fake as unknown as Session, policy);

  const request = (permission: string, requestingUrl: string, isMainFrame = true) => {
    let granted: boolean | undefined;
    handlers.request?.(
      null,
      permission,
      (answer) => {
        granted = answer;
      },
      { requestingUrl, isMainFrame },
    );
    return granted;
  };
  const check = (permission: string, origin: string, isMainFrame = true) =>
    handlers.check?.(null, permission, origin, { isMainFrame });
  const cancels = (url: string, resourceType = 'script') => {
    let cancel: boolean | undefined;
    handlers.beforeRequest?.({ url, resourceType }, (response) => {
      cancel = response.cancel;
    });
    return cancel;
  };
  return { request, check, cancels };
}

const appSession = () =>
  policedSession({ isAppPage: appPageCheck(undefined), allowRequest: appRequestPolicy(undefined) });

describe('permissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'hid'])(
    'denies %s, even to the app itself',
    (permission) => {
      const { request, check } = appSession();
      expect(request(permission, 'app://clientele/index.html')).toBe(false);
      expect(check(permission, 'app://clientele')).toBe(false);
    },
  );

  it('lets the app keep its database persistently, and nobody else', () => {
    const { request, check } = appSession();
    expect(request('persistent-storage', 'app://clientele/index.html')).toBe(true);
    expect(check('persistent-storage', 'app://clientele')).toBe(true);
    expect(request('persistent-storage', 'https://example.com/')).toBe(false);
    expect(request('persistent-storage', 'app://clientele/frame.html', false)).toBe(false);
    expect(check('persistent-storage', 'file://')).toBe(false);
  });

  it('grants nothing in the print session', () => {
    const { request } = policedSession({ isAppPage: () => false, allowRequest: printRequestPolicy() });
    expect(request('persistent-storage', 'file:///tmp/clientele-print-x/document.html')).toBe(false);
  });
});

describe('requests of the app window', () => {
  it('lets the app load its own files and in-memory data', () => {
    const { cancels } = appSession();
    expect(cancels('app://clientele/assets/index.js')).toBe(false);
    expect(cancels('data:image/png;base64,AAAA', 'image')).toBe(false);
    expect(cancels('blob:app://clientele/5f0c', 'other')).toBe(false);
  });

  it.each([
    'https://fonts.example.com/font.woff2',
    'http://tracker.example.com/pixel.gif',
    'wss://example.com/socket',
    'file:///etc/passwd',
    'app://elsewhere/index.js',
    'http://localhost:5173/src/main.tsx',
    'devtools://devtools/bundled/inspector.html',
  ])('cancels %s in a release', (url) => {
    expect(appSession().cancels(url)).toBe(true);
  });

  it('allows the dev server, its hot-reload socket and dev tools only while developing', () => {
    const dev = 'http://localhost:5173';
    const { cancels } = policedSession({ isAppPage: appPageCheck(dev), allowRequest: appRequestPolicy(dev) });
    expect(cancels('http://localhost:5173/src/main.tsx')).toBe(false);
    expect(cancels('ws://localhost:5173/?token=abc', 'webSocket')).toBe(false);
    expect(cancels('devtools://devtools/bundled/inspector.html')).toBe(false);
    expect(cancels('http://localhost:8080/')).toBe(true);
    expect(cancels('https://example.com/')).toBe(true);
  });
});

describe('requests of the print windows', () => {
  const { cancels } = policedSession({ isAppPage: () => false, allowRequest: printRequestPolicy() });

  it('loads the temp document as the page', () => {
    expect(cancels('file:///tmp/clientele-print-abc/document.html', 'mainFrame')).toBe(false);
    expect(cancels('data:image/svg+xml,<svg/>', 'image')).toBe(false);
  });

  it('refuses local files inside the document and anything on a network', () => {
    expect(cancels('file:///home/someone/.ssh/id_rsa', 'subFrame')).toBe(true);
    expect(cancels('file:///home/someone/photo.jpg', 'image')).toBe(true);
    expect(cancels('https://example.com/logo.png', 'image')).toBe(true);
    expect(cancels('https://example.com/', 'mainFrame')).toBe(true);
  });
});
