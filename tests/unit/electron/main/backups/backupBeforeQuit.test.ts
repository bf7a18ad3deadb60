import { EventEmitter } from 'node:events';
import { quitBackupChannels } from '@shared/bridge/contract';
import type { BrowserWindow, IpcMain } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../../fakeElectron'));

const { installBackupBeforeQuit } = await import('../../../../../electron/main/backups/backupBeforeQuit');

const appUrl = 'app://clientele/index.html';
const isAppPage = (url: string) => url.startsWith('app://clientele/');

/** The app, its window and the page, with quits and closes that really happen only when not held. */
function desktop() {
  const app = Object.assign(new EventEmitter(), { quit: vi.fn() });
  const ipc = new EventEmitter();
  const requests: unknown[] = [];
  const contents = {
    send: vi.fn((channel: string, requestId: unknown) => {
      if (channel === quitBackupChannels.request) requests.push(requestId);
    }),
  };
  const window = Object.assign(new EventEmitter(), {
    webContents: contents,
    destroyed: false,
    isDestroyed() {
      return this.destroyed;
    },
    close: vi.fn(),
  });
  let open: typeof window | null = window;
  const guard = installBackupBeforeQuit({
    app: app as never,
    ipc: ipc as unknown as IpcMain,
    isAppPage,
    mainWindow: () => open as unknown as BrowserWindow | null,
    timeoutMs: 30_000,
  });
  guard.watchWindow(window as unknown as BrowserWindow);

  /** Emits a quit event; true when nobody held it (the app goes on quitting). */
  const fire = (target: EventEmitter, name: string) => {
    let held = false;
    target.emit(name, { preventDefault: () => (held = true) });
    return !held;
  };
  return {
    app,
    window,
    requests,
    quit: () => fire(app, 'before-quit'),
    closeWindow: () => fire(window, 'close'),
    answer: (requestId: unknown, frame = { url: appUrl, parent: null }, sender: unknown = contents) =>
      ipc.emit(quitBackupChannels.done, { sender, senderFrame: frame }, requestId),
    closeForGood: () => {
      window.destroyed = true;
      open = null;
    },
    guard,
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('backup before quitting (main process)', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());

  it('holds the first quit, asks the page to back up, and quits when the page is done', async () => {
    const { app, requests, quit, answer } = desktop();
    expect(quit()).toBe(false);
    await settle();
    expect(requests).toHaveLength(1);
    expect(app.quit).not.toHaveBeenCalled();

    answer(requests[0]);
    await settle();
    expect(app.quit).toHaveBeenCalledTimes(1);
    expect(quit()).toBe(true);
  });

  it('quits after the time limit when the page never answers', async () => {
    const { app, quit } = desktop();
    quit();
    await vi.advanceTimersByTimeAsync(29_999);
    expect(app.quit).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await settle();
    expect(app.quit).toHaveBeenCalledTimes(1);
  });

  it('quits at once on a second quit while the backup runs, and not again when it ends', async () => {
    const { app, requests, quit, answer } = desktop();
    quit();
    await settle();
    expect(quit()).toBe(true);
    answer(requests[0]);
    await settle();
    expect(app.quit).not.toHaveBeenCalled();
  });

  it('ignores an answer from another page or a frame that is not the app', async () => {
    const { app, requests, quit, answer } = desktop();
    quit();
    await settle();
    answer(requests[0], { url: 'https://example.com/', parent: null });
    answer(requests[0], { url: appUrl, parent: null }, { send: vi.fn() });
    answer('another request');
    await settle();
    expect(app.quit).not.toHaveBeenCalled();
    answer(requests[0]);
    await settle();
    expect(app.quit).toHaveBeenCalledTimes(1);
  });

  it('holds closing the window too, then closes it; a new window backs up again', async () => {
    const { window, requests, closeWindow, answer, guard } = desktop();
    expect(closeWindow()).toBe(false);
    await settle();
    answer(requests[0]);
    await settle();
    expect(window.close).toHaveBeenCalledTimes(1);
    expect(closeWindow()).toBe(true);

    guard.watchWindow(window as unknown as BrowserWindow);
    expect(closeWindow()).toBe(false);
    await settle();
    expect(requests).toHaveLength(2);
  });

  it('lets the quit go when there is no window to back up from', () => {
    const { requests, quit, closeForGood } = desktop();
    closeForGood();
    expect(quit()).toBe(true);
    expect(requests).toHaveLength(0);
  });
});
