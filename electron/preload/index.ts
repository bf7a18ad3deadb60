import { bridgeChannels, type ClienteleBridge, quitBackupChannels } from '@shared/bridge/contract';
import { contextBridge, ipcRenderer } from 'electron';

/**
 * The bridge on window.clientele: exactly the named methods of ClienteleBridge, each bound to
 * its own channel. There is deliberately no generic invoke, so a script in the page can reach
 * nothing in the main process beyond these operations. Built as one CommonJS file (sandboxed
 * preloads cannot load ES modules or other files); vite inlines bridgeChannels.
 */
const bridge = {
  platform: 'electron',
  openContactsFile: () => ipcRenderer.invoke(bridgeChannels.openContactsFile),
  saveFile: (request) => ipcRenderer.invoke(bridgeChannels.saveFile, request),
  printDocument: (request) => ipcRenderer.invoke(bridgeChannels.printDocument, request),
  saveDocumentAsPdf: (request) => ipcRenderer.invoke(bridgeChannels.saveDocumentAsPdf, request),
  openExternalLink: (url) => ipcRenderer.invoke(bridgeChannels.openExternalLink, url),
  openReturnedSurveyPdf: () => ipcRenderer.invoke(bridgeChannels.openReturnedSurveyPdf),
  listBackups: () => ipcRenderer.invoke(bridgeChannels.listBackups),
  writeBackup: (bytes) => ipcRenderer.invoke(bridgeChannels.writeBackup, bytes),
  readBackup: (fileName) => ipcRenderer.invoke(bridgeChannels.readBackup, fileName),
  openBackupFile: () => ipcRenderer.invoke(bridgeChannels.openBackupFile),
  showBackupsFolder: () => ipcRenderer.invoke(bridgeChannels.showBackupsFolder),
  chooseBackupsFolder: () => ipcRenderer.invoke(bridgeChannels.chooseBackupsFolder),
  // Listens on one fixed channel; the page's function gets no IPC event, only the call.
  onBackupBeforeQuit: (backUp) => {
    ipcRenderer.on(quitBackupChannels.request, (_event, requestId: unknown) => {
      Promise.resolve()
        .then(() => backUp())
        .catch(() => undefined)
        .finally(() => ipcRenderer.send(quitBackupChannels.done, requestId));
    });
  },
} satisfies ClienteleBridge;

contextBridge.exposeInMainWorld('clientele', bridge);
