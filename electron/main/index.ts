import { join } from 'node:path';
import { app, type BrowserWindow, ipcMain, Menu, protocol, session } from 'electron';
import { applicationMenuTemplate } from './applicationMenu';
import { appPageCheck, appScheme, appStartUrl } from './appOrigin';
import { appSchemePrivileges, createAppProtocolHandler } from './appProtocol';
import { type BackupBeforeQuit, installBackupBeforeQuit } from './backups/backupBeforeQuit';
import { devServerUrl } from './devServer';
import {
  chooseBackupsFolder,
  listBackups,
  openBackupFile,
  readBackup,
  showBackupsFolder,
  writeBackup,
} from './ipc/backups';
import { openContactsFile } from './ipc/openContactsFile';
import { openExternalLink } from './ipc/openExternalLink';
import { openReturnedSurveyPdf } from './ipc/openReturnedSurveyPdf';
import { printDocument } from './ipc/printDocument';
import { registerBridgeHandlers } from './ipc/registerBridgeHandlers';
import { saveDocumentAsPdf } from './ipc/saveDocumentAsPdf';
import { saveFile } from './ipc/saveFile';
import { createMainWindow } from './mainWindow';
import { printPartition } from './printing/documentWindow';
import { applyNavigationPolicy } from './security/navigationPolicy';
import { appRequestPolicy, printRequestPolicy } from './security/requestPolicy';
import { applySessionPolicy } from './security/sessionPolicy';

// Built as out/main/index.js, next to out/preload and out/renderer.
const buildFolder = join(import.meta.dirname, '..');

const isAppPage = appPageCheck(devServerUrl);

// Both must happen before the app is ready.
protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: appSchemePrivileges }]);
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;
let backupBeforeQuit: BackupBeforeQuit | null = null;

function openMainWindow(): void {
  mainWindow = createMainWindow({
    preloadPath: join(buildFolder, 'preload', 'index.cjs'),
    startUrl: devServerUrl ?? appStartUrl,
  });
  backupBeforeQuit?.watchWindow(mainWindow);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function focusMainWindow(): void {
  if (mainWindow === null) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

function secureSessions(): void {
  applySessionPolicy(session.defaultSession, { isAppPage, allowRequest: appRequestPolicy(devServerUrl) });
  applySessionPolicy(session.fromPartition(printPartition), {
    isAppPage: () => false,
    allowRequest: printRequestPolicy(),
  });
}

function installApplicationMenu(): void {
  const isMac = process.platform === 'darwin';
  const template = applicationMenuTemplate({ isDevelopment: devServerUrl !== undefined, isMac });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function start(): void {
  // Two instances would write one IndexedDB from two processes; the second one hands over instead.
  app.on('second-instance', focusMainWindow);
  backupBeforeQuit = installBackupBeforeQuit({ app, ipc: ipcMain, isAppPage, mainWindow: () => mainWindow });
  app.on('web-contents-created', (_event, contents) => {
    applyNavigationPolicy(contents, {
      isAppPage,
      openExternal: async (url) => {
        await openExternalLink(url, contents);
      },
    });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && mainWindow === null) openMainWindow();
  });

  app
    .whenReady()
    .then(() => {
      protocol.handle(appScheme, createAppProtocolHandler(join(buildFolder, 'renderer')));
      secureSessions();
      installApplicationMenu();
      registerBridgeHandlers(
        ipcMain,
        {
          openContactsFile,
          saveFile,
          printDocument,
          saveDocumentAsPdf,
          openExternalLink,
          openReturnedSurveyPdf,
          listBackups,
          writeBackup,
          readBackup,
          openBackupFile,
          showBackupsFolder,
          chooseBackupsFolder,
        },
        isAppPage,
      );
      openMainWindow();
    })
    .catch((error: unknown) => {
      // Without its protocol, policies or bridge the app must not run half-secured.
      console.error('Clientele could not start:', error);
      app.exit(1);
    });
}

if (app.requestSingleInstanceLock()) {
  start();
} else {
  app.quit();
}
