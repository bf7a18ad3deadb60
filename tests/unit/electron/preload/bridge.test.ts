import { bridgeChannels, type ClienteleBridge, quitBackupChannels } from '@shared/bridge/contract';
import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn(async () => 'answer'),
    on: vi.fn(),
    send: vi.fn(),
  },
}));
vi.mock('electron', () => electron);

await import('../../../../electron/preload/index');

function exposedBridge(): ClienteleBridge {
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [key, bridge] = electron.contextBridge.exposeInMainWorld.mock.calls[0] ?? [];
  expect(key).toBe('clientele');
  return bridge as ClienteleBridge;
}

describe('preload bridge', () => {
  it('exposes exactly the named methods and the platform, no generic invoke', () => {
    const bridge = exposedBridge();
    expect(Object.keys(bridge).sort()).toEqual(
      ['platform', 'onBackupBeforeQuit', ...Object.keys(bridgeChannels)].sort(),
    );
    expect(bridge.platform).toBe('electron');
  });

  it('sends each method on its own channel with its argument', async () => {
    const bridge = exposedBridge();
    const request = { suggestedName: 'clients.csv', kind: 'csv' as const, bytes: new Uint8Array([1]) };
    const document = { title: 'Labels', html: '<p>x</p>' };

    await bridge.openContactsFile();
    await bridge.saveFile(request);
    await bridge.printDocument(document);
    await bridge.saveDocumentAsPdf({ ...document, suggestedName: 'labels.pdf' });
    await bridge.openExternalLink('https://example.com/');

    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([
      [bridgeChannels.openContactsFile],
      [bridgeChannels.saveFile, request],
      [bridgeChannels.printDocument, document],
      [bridgeChannels.saveDocumentAsPdf, { ...document, suggestedName: 'labels.pdf' }],
      [bridgeChannels.openExternalLink, 'https://example.com/'],
    ]);
  });

  it('sends the backup methods on their own channels', async () => {
    const bridge = exposedBridge();
    electron.ipcRenderer.invoke.mockClear();
    const bytes = new Uint8Array([1, 2]);
    await bridge.listBackups();
    await bridge.writeBackup(bytes);
    await bridge.readBackup('clientele-backup-2026-11-30T10-00-00-000Z.clientele-backup');
    await bridge.openBackupFile();
    await bridge.showBackupsFolder();
    await bridge.chooseBackupsFolder();
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([
      [bridgeChannels.listBackups],
      [bridgeChannels.writeBackup, bytes],
      [bridgeChannels.readBackup, 'clientele-backup-2026-11-30T10-00-00-000Z.clientele-backup'],
      [bridgeChannels.openBackupFile],
      [bridgeChannels.showBackupsFolder],
      [bridgeChannels.chooseBackupsFolder],
    ]);
  });

  it('runs the page’s backup when the main process asks before quitting, then answers with the same id', async () => {
    const bridge = exposedBridge();
    let finishBackup = () => {};
    const backUp = vi.fn(() => new Promise<void>((resolve) => (finishBackup = resolve)));
    bridge.onBackupBeforeQuit(backUp);
    const [channel, listener] = electron.ipcRenderer.on.mock.calls.at(-1) as unknown as [
      string,
      (event: unknown, requestId: unknown) => void,
    ];
    expect(channel).toBe(quitBackupChannels.request);

    listener({ sender: 'not given to the page' }, 7);
    await new Promise((resolve) => setImmediate(resolve));
    expect(backUp).toHaveBeenCalledWith();
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled();
    finishBackup();
    await new Promise((resolve) => setImmediate(resolve));
    expect(electron.ipcRenderer.send).toHaveBeenCalledWith(quitBackupChannels.done, 7);
  });

  it('answers even when the page’s backup fails, so the quit is not held to the time limit', async () => {
    const bridge = exposedBridge();
    electron.ipcRenderer.send.mockClear();
    bridge.onBackupBeforeQuit(() => Promise.reject(new Error('disk full')));
    const listener = electron.ipcRenderer.on.mock.calls.at(-1)?.[1] as unknown as (
      event: unknown,
      requestId: unknown,
    ) => void;
    listener({}, 8);
    await new Promise((resolve) => setImmediate(resolve));
    expect(electron.ipcRenderer.send).toHaveBeenCalledWith(quitBackupChannels.done, 8);
  });
});
