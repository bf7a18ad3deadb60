import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { printDocument } from '../../../../../electron/main/ipc/printDocument';
import { BrowserWindow, resetFakeElectron } from '../../fakeElectron';

vi.mock('electron', () => import('../../fakeElectron'));

const labels = {
  title: 'Holiday card labels',
  html: '<!doctype html><style>@page { size: A4; margin: 0 }</style><p>Ada Lovelace</p>',
};

function onlyWindow(): BrowserWindow {
  expect(BrowserWindow.created).toHaveLength(1);
  return BrowserWindow.created[0] as BrowserWindow;
}

beforeEach(resetFakeElectron);
afterEach(resetFakeElectron);

describe('printDocument', () => {
  it('prints the document from a hidden, sandboxed window with JavaScript off', async () => {
    expect(await printDocument(labels)).toEqual({ printed: true });

    const window = onlyWindow();
    expect(window.loadedHtml).toBe(labels.html);
    expect(window.options.show).toBe(false);
    expect(window.options.webPreferences).toMatchObject({
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(window.options.webPreferences).not.toHaveProperty('preload');
  });

  it('asks the system dialog for no margins of its own, so @page decides', async () => {
    await printDocument(labels);
    expect(onlyWindow().webContents.print).toHaveBeenCalledWith(
      { silent: false, printBackground: true, margins: { marginType: 'none' } },
      expect.any(Function),
    );
  });

  it('reports a cancelled print with the reason', async () => {
    BrowserWindow.print = ({ callback }) => callback(false, 'cancelled');
    expect(await printDocument(labels)).toEqual({ printed: false, reason: 'cancelled' });
  });

  it('removes the temp document and the window after printing', async () => {
    await printDocument(labels);
    const window = onlyWindow();
    expect(window.destroyed).toBe(true);
    expect(existsSync(dirname(window.loadedPath ?? ''))).toBe(false);
  });

  it('removes the temp document and the window when printing throws', async () => {
    BrowserWindow.print = () => {
      throw new Error('printing is unavailable');
    };
    await expect(printDocument(labels)).rejects.toThrow('printing is unavailable');
    const window = onlyWindow();
    expect(window.destroyed).toBe(true);
    expect(existsSync(dirname(window.loadedPath ?? ''))).toBe(false);
  });

  it.each([
    ['an empty document', { title: 'Labels', html: '' }, /empty/],
    ['a missing title', { html: '<p>x</p>' }, /title/],
    ['an overlong title', { title: 'x'.repeat(301), html: '<p>x</p>' }, /title/],
    ['a string instead of a request', '<p>x</p>', /not an object/],
  ])('refuses %s without opening a window', async (_label, payload, message) => {
    await expect(printDocument(payload)).rejects.toThrow(message);
    expect(BrowserWindow.created).toHaveLength(0);
  });
});
