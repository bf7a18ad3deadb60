import { bridgeChannels } from '@shared/bridge/contract';
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { appPageCheck } from '../../../../../electron/main/appOrigin';
import {
  type BridgeHandlers,
  registerBridgeHandlers,
} from '../../../../../electron/main/ipc/registerBridgeHandlers';

type Listener = (event: IpcMainInvokeEvent, payload: unknown) => unknown;

interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

const appFrame: FakeFrame = { url: 'app://clientele/index.html', parent: null };

function setUp(devServerUrl?: string) {
  const listeners = new Map<string, Listener>();
  const ipc = { handle: (channel: string, listener: Listener) => listeners.set(channel, listener) };
  const handlers = {
    openContactsFile: vi.fn(async () => null),
    saveFile: vi.fn(async () => ({ saved: false as const })),
    printDocument: vi.fn(async () => ({ printed: true as const })),
    saveDocumentAsPdf: vi.fn(async () => ({ saved: false as const })),
    openExternalLink: vi.fn(async () => true),
    openReturnedSurveyPdf: vi.fn(async () => null),
    listBackups: vi.fn(async () => ({ folder: null, backups: [], lastFailure: null })),
    writeBackup: vi.fn(async () => ({
      written: false as const,
      failure: { at: '', problem: 'unknown' as const, reason: '' },
    })),
    readBackup: vi.fn(async () => new Uint8Array()),
    openBackupFile: vi.fn(async () => null),
    showBackupsFolder: vi.fn(async () => undefined),
    chooseBackupsFolder: vi.fn(async () => null),
  } satisfies BridgeHandlers;
  registerBridgeHandlers(ipc as unknown as Pick<IpcMain, 'handle'>, handlers, appPageCheck(devServerUrl));
  const sender = {} as WebContents;
  const send = (channel: string, frame: FakeFrame | null, payload?: unknown) => {
    const listener = listeners.get(channel);
    if (listener === undefined) throw new Error(`nothing listens on ${channel}`);
    return listener({ senderFrame: frame, sender } as unknown as IpcMainInvokeEvent, payload);
  };
  return { listeners, handlers, send, sender };
}

describe('registerBridgeHandlers', () => {
  it('listens on exactly the bridge channels', () => {
    const { listeners } = setUp();
    expect([...listeners.keys()].sort()).toEqual(Object.values(bridgeChannels).sort());
  });

  it('passes a call from the app window to its handler with the payload and sender', async () => {
    const { handlers, send, sender } = setUp();
    const request = { suggestedName: 'clients.csv', kind: 'csv', bytes: new Uint8Array() };
    await send(bridgeChannels.saveFile, appFrame, request);
    expect(handlers.saveFile).toHaveBeenCalledWith(request, sender);
  });

  it.each([
    ['a web page', { url: 'https://example.com/', parent: null }],
    ['another app:// host', { url: 'app://elsewhere/index.html', parent: null }],
    ['a local file', { url: 'file:///tmp/document.html', parent: null }],
    ['an embedded frame of the app', { url: 'app://clientele/frame.html', parent: appFrame }],
    ['a frame that has gone', null],
  ])('refuses %s before any handler runs', (_label, frame) => {
    const { handlers, send } = setUp();
    for (const channel of Object.values(bridgeChannels)) {
      expect(() => send(channel, frame, 'https://example.com')).toThrow(/request came from/);
    }
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
  });

  it('trusts the dev server only while developing', () => {
    const devFrame = { url: 'http://localhost:5173/', parent: null };
    expect(() => setUp().send(bridgeChannels.openExternalLink, devFrame)).toThrow(/not part of the app/);
    const developing = setUp('http://localhost:5173');
    developing.send(bridgeChannels.openExternalLink, devFrame, 'https://example.com');
    expect(developing.handlers.openExternalLink).toHaveBeenCalled();
    expect(() =>
      developing.send(bridgeChannels.openExternalLink, { url: 'http://localhost:5174/', parent: null }),
    ).toThrow(/not part of the app/);
  });
});
