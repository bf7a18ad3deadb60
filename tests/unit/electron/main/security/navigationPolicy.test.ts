import type { HandlerDetails, WebContents, WindowOpenHandlerResponse } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { isAppUrl } from '../../../../../electron/main/appOrigin';
import { applyNavigationPolicy } from '../../../../../electron/main/security/navigationPolicy';

type Listener = (event: { url?: string; preventDefault: () => void }) => void;

function policedContents() {
  const listeners = new Map<string, Listener>();
  let windowOpenHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | undefined;
  const contents = {
    on: (name: string, listener: Listener) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: typeof windowOpenHandler) => {
      windowOpenHandler = handler;
    },
  };
  const openExternal = vi.fn(async (_url: string) => undefined);
  applyNavigationPolicy(contents as unknown as WebContents, { isAppPage: isAppUrl, openExternal });

  const emit = (name: string, url?: string) => {
    const event = { url, preventDefault: vi.fn() };
    listeners.get(name)?.(event);
    return event.preventDefault;
  };
  const openWindow = (url: string) => windowOpenHandler?.({ url } as HandlerDetails);
  return { emit, openWindow, openExternal };
}

describe('navigation policy', () => {
  it('lets the app navigate within its own origin', () => {
    const { emit, openExternal } = policedContents();
    expect(emit('will-navigate', 'app://clientele/index.html')).not.toHaveBeenCalled();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('keeps the window in the app and sends a checked web link to the system browser', () => {
    const { emit, openExternal } = policedContents();
    expect(emit('will-navigate', 'https://client.example.com/')).toHaveBeenCalled();
    expect(openExternal).toHaveBeenCalledWith('https://client.example.com/');
  });

  it.each([
    'file:///home/someone/.ssh/id_rsa',
    'http://localhost:3000/',
    'app://elsewhere/',
    'javascript:void(0)',
  ])('blocks navigation to %s without opening anything', (url) => {
    const { emit, openExternal } = policedContents();
    expect(emit('will-navigate', url)).toHaveBeenCalled();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('denies every new window, handing only checked links to the system', () => {
    const { openWindow, openExternal } = policedContents();
    expect(openWindow('mailto:ada@example.com')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('mailto:ada@example.com');

    openExternal.mockClear();
    expect(openWindow('app://clientele/index.html')).toEqual({ action: 'deny' });
    expect(openWindow('ftp://files.example.com/')).toEqual({ action: 'deny' });
    expect(openWindow('https://admin:pw@example.com/')).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('refuses to attach a webview', () => {
    const { emit } = policedContents();
    expect(emit('will-attach-webview')).toHaveBeenCalled();
  });
});
