import { quitBackupChannels } from '@shared/bridge/contract';
import type { App, BrowserWindow, IpcMain, IpcMainEvent, WebContents } from 'electron';
import { untrustedSenderProblem } from '../ipc/trustedSender';

/**
 * Backing up when the user quits. The first quit (the app's, or closing its window) is held
 * while the page backs up, if a backup is due; then the app quits. The page decides whether one
 * is due; the main process only asks, waits up to a time limit, and never waits twice: a second
 * quit while it waits quits at once.
 */

/** Long enough for a 20,000-client book on a slow laptop; a stuck page cannot hold the quit longer. */
const quitBackupTimeoutMs = 30_000;

interface QuitAttempt {
  preventDefault(): void;
}

interface QuitGuard {
  /** Called from a quit event: holds it (the first time) and calls `proceed` once the backup ended. */
  attempt(event: QuitAttempt, proceed: () => void): void;
  /** A new window backs up again at its next quit (macOS keeps the app open without windows). */
  reset(): void;
}

function createQuitGuard(backUp: () => Promise<void>): QuitGuard {
  let state: 'idle' | 'backing-up' | 'done' = 'idle';
  return {
    attempt(event, proceed) {
      if (state === 'done') return;
      if (state === 'backing-up') {
        state = 'done';
        return;
      }
      event.preventDefault();
      state = 'backing-up';
      Promise.resolve()
        .then(backUp)
        .catch(() => undefined)
        .finally(() => {
          // A second quit already let the app go.
          if (state !== 'backing-up') return;
          state = 'done';
          proceed();
        });
    },
    reset() {
      state = 'idle';
    },
  };
}

type Timers = Pick<typeof globalThis, 'setTimeout' | 'clearTimeout'>;

let lastRequestId = 0;

/**
 * Asks the page to back up (bridge `onBackupBeforeQuit`) and resolves when it answers from the
 * app's own page, or when the time limit passes.
 */
function requestPageBackup(
  ipc: Pick<IpcMain, 'on' | 'removeListener'>,
  contents: WebContents,
  isAppPage: (url: string) => boolean,
  timeoutMs = quitBackupTimeoutMs,
  timers: Timers = globalThis,
): Promise<void> {
  lastRequestId += 1;
  const requestId = lastRequestId;
  return new Promise((resolve) => {
    const finish = () => {
      timers.clearTimeout(timer);
      ipc.removeListener(quitBackupChannels.done, onDone);
      resolve();
    };
    const onDone = (event: IpcMainEvent, answeredId: unknown) => {
      if (event.sender !== contents || answeredId !== requestId) return;
      if (untrustedSenderProblem(event.senderFrame, isAppPage) !== '') return;
      finish();
    };
    const timer = timers.setTimeout(finish, timeoutMs);
    ipc.on(quitBackupChannels.done, onDone);
    contents.send(quitBackupChannels.request, requestId);
  });
}

export interface BackupBeforeQuit {
  /** Holds this window's close for the backup too (closing the last window quits on Windows and Linux). */
  watchWindow(window: BrowserWindow): void;
}

export function installBackupBeforeQuit(options: {
  app: Pick<App, 'on' | 'quit'>;
  ipc: Pick<IpcMain, 'on' | 'removeListener'>;
  isAppPage: (url: string) => boolean;
  mainWindow: () => BrowserWindow | null;
  timeoutMs?: number;
}): BackupBeforeQuit {
  const { app, ipc, isAppPage, mainWindow, timeoutMs } = options;
  const livePage = () => {
    const window = mainWindow();
    return window && !window.isDestroyed() ? window.webContents : null;
  };
  const guard = createQuitGuard(async () => {
    const contents = livePage();
    if (contents) await requestPageBackup(ipc, contents, isAppPage, timeoutMs);
  });
  const attempt = (event: QuitAttempt, proceed: () => void) => {
    // No page, nothing to back up: let the quit go.
    if (livePage()) guard.attempt(event, proceed);
  };
  app.on('before-quit', (event) => attempt(event, () => app.quit()));
  return {
    watchWindow(window) {
      guard.reset();
      window.on('close', (event) => attempt(event, () => window.close()));
    },
  };
}
