import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveDocumentAsPdf } from '../../../../../electron/main/ipc/saveDocumentAsPdf';
import { BrowserWindow, dialog, resetFakeElectron } from '../../fakeElectron';

vi.mock('electron', () => import('../../fakeElectron'));

const sender = {} as WebContents;
const request = {
  title: 'Price list',
  suggestedName: 'price-list.pdf',
  html: '<!doctype html><style>@page { size: Letter }</style><h1>Prices</h1>',
};
let folder: string;

beforeEach(async () => {
  resetFakeElectron();
  folder = await mkdtemp(join(tmpdir(), 'clientele-pdf-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('saveDocumentAsPdf', () => {
  it('renders at the CSS page size and scale 1, then saves the PDF where the user chose', async () => {
    const target = join(folder, 'prices.pdf');
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });

    expect(await saveDocumentAsPdf(request, sender)).toEqual({ saved: true, fileName: 'prices.pdf' });

    const window = BrowserWindow.created[0] as BrowserWindow;
    expect(window.loadedHtml).toBe(request.html);
    expect(window.webContents.printToPDF).toHaveBeenCalledWith({
      preferCSSPageSize: true,
      printBackground: true,
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
      scale: 1,
    });
    expect(await readFile(target, 'utf8')).toBe('%PDF-1.7');
    const [options] = dialog.showSaveDialog.mock.calls[0] ?? [];
    expect(options.filters).toEqual([{ name: 'PDF document', extensions: ['pdf'] }]);
    expect(window.destroyed).toBe(true);
    expect(existsSync(dirname(window.loadedPath ?? ''))).toBe(false);
  });

  it('saves nothing when the user cancels', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(await saveDocumentAsPdf(request, sender)).toEqual({ saved: false });
  });

  it.each([
    ['a name that climbs folders', { ...request, suggestedName: '../price-list.pdf' }],
    ['a missing name', { title: request.title, html: request.html }],
    ['an empty document', { ...request, html: '' }],
  ])('refuses %s without rendering', async (_label, payload) => {
    await expect(saveDocumentAsPdf(payload, sender)).rejects.toThrow('Cannot save the PDF');
    expect(BrowserWindow.created).toHaveLength(0);
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});
