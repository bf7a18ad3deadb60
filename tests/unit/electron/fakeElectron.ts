import { readFile } from 'node:fs/promises';
import { vi } from 'vitest';

/**
 * Stands in for the 'electron' module in main-process tests (Electron cannot run here):
 * `vi.mock('electron', () => import('../fakeElectron'))`. Dialogs and shell are spies the test
 * programs; windows record how they were built and what they loaded, reading the real file.
 */

interface PrintCall {
  options: unknown;
  callback: (success: boolean, failureReason: string) => void;
}

export const dialog = {
  showOpenDialog: vi.fn(),
  showSaveDialog: vi.fn(),
  showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 1, checkboxChecked: false })),
};

export const shell = {
  openExternal: vi.fn(async (_url: string) => undefined),
};

export const app = {
  getPath: vi.fn((_name: string) => '/home/someone/Documents'),
};

export class BrowserWindow {
  static readonly created: BrowserWindow[] = [];
  static readonly fromWebContents = vi.fn((_contents: unknown): BrowserWindow | null => null);
  /** What webContents.print does; the default reports a successful print. */
  static print = (call: PrintCall) => call.callback(true, '');
  static printToPDF = async (_options: unknown): Promise<Uint8Array> => new TextEncoder().encode('%PDF-1.7');

  loadedPath: string | null = null;
  loadedHtml: string | null = null;
  destroyed = false;
  readonly webContents = {
    print: vi.fn((options: unknown, callback: PrintCall['callback']) =>
      BrowserWindow.print({ options, callback }),
    ),
    printToPDF: vi.fn((options: unknown) => BrowserWindow.printToPDF(options)),
  };

  constructor(readonly options: Record<string, unknown>) {
    BrowserWindow.created.push(this);
  }

  async loadFile(path: string): Promise<void> {
    this.loadedPath = path;
    this.loadedHtml = await readFile(path, 'utf8');
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  destroy(): void {
    this.destroyed = true;
  }
}

export function resetFakeElectron(): void {
  vi.clearAllMocks();
  BrowserWindow.created.length = 0;
  BrowserWindow.print = (call) => call.callback(true, '');
  BrowserWindow.printToPDF = async () => new TextEncoder().encode('%PDF-1.7');
}
