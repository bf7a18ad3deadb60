import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { maxSaveFileBytes } from '@shared/bridge/contract';
import type { WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveFile } from '../../../../../electron/main/ipc/saveFile';
import { dialog, resetFakeElectron } from '../../fakeElectron';

vi.mock('electron', () => import('../../fakeElectron'));

const sender = {} as WebContents;
const bytes = new TextEncoder().encode('name,email\nAda,ada@example.com\n');
let folder: string;

beforeEach(async () => {
  resetFakeElectron();
  folder = await mkdtemp(join(tmpdir(), 'clientele-save-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** An object that passes `instanceof Uint8Array` and reports a size no test should allocate. */
function hugeBytes(byteLength: number): Uint8Array {
  return Object.defineProperty(Object.create(Uint8Array.prototype), 'byteLength', { value: byteLength });
}

describe('saveFile', () => {
  it('writes the bytes where the user chose, offering only the kind asked for', async () => {
    const target = join(folder, 'my clients.csv');
    await writeFile(target, 'old export');
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });

    const result = await saveFile({ suggestedName: 'clients-2026-11-23.csv', kind: 'csv', bytes }, sender);

    expect(result).toEqual({ saved: true, fileName: 'my clients.csv' });
    expect(await readFile(target, 'utf8')).toBe('name,email\nAda,ada@example.com\n');
    expect(await readdir(folder)).toEqual(['my clients.csv']);
    const [options] = dialog.showSaveDialog.mock.calls[0] ?? [];
    expect(options.defaultPath).toBe(join('/home/someone/Documents', 'clients-2026-11-23.csv'));
    expect(options.filters).toEqual([{ name: 'CSV spreadsheet', extensions: ['csv'] }]);
  });

  it('writes nothing when the user cancels', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(await saveFile({ suggestedName: 'clients.vcf', kind: 'vcard', bytes }, sender)).toEqual({
      saved: false,
    });
    expect(await readdir(folder)).toEqual([]);
  });

  it.each([
    ['a kind the app does not save', { suggestedName: 'run.exe', kind: 'exe', bytes }, /file type/],
    ['a name that climbs folders', { suggestedName: '../../.bashrc', kind: 'csv', bytes }, /character/],
    ['a name with a folder', { suggestedName: 'exports/clients.csv', kind: 'csv', bytes }, /character/],
    ['a Windows path', { suggestedName: 'C:\\Users\\clients.csv', kind: 'csv', bytes }, /character/],
    ['an empty name', { suggestedName: '  ', kind: 'csv', bytes }, /empty/],
    ['text instead of bytes', { suggestedName: 'clients.csv', kind: 'csv', bytes: 'Ada' }, /not bytes/],
    [
      'more bytes than the limit',
      { suggestedName: 'clients.csv', kind: 'csv', bytes: hugeBytes(maxSaveFileBytes + 1) },
      /too large/,
    ],
    ['no request at all', undefined, /not an object/],
    [
      'a name with another extension',
      { suggestedName: 'clients.exe', kind: 'csv', bytes },
      /does not end in \.csv/,
    ],
    [
      'a name that hides its extension',
      { suggestedName: 'a\u202Evsc.exe.csv', kind: 'csv', bytes },
      /invisible formatting character/,
    ],
  ])('refuses %s before opening a dialog', async (_label, payload, message) => {
    await expect(saveFile(payload, sender)).rejects.toThrow(message);
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it("adds the kind's extension when the typed name has another one", async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(folder, 'report.exe') });
    const result = await saveFile({ suggestedName: 'clients.csv', kind: 'csv', bytes }, sender);
    expect(result).toEqual({ saved: true, fileName: 'report.exe.csv' });
    expect(await readdir(folder)).toEqual(['report.exe.csv']);
  });

  it('does not overwrite a file the dialog never asked about', async () => {
    await writeFile(join(folder, 'report.csv'), 'kept');
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(folder, 'report') });
    await expect(saveFile({ suggestedName: 'clients.csv', kind: 'csv', bytes }, sender)).rejects.toThrow(
      '"report.csv" already exists there; nothing was saved.',
    );
    expect(await readFile(join(folder, 'report.csv'), 'utf8')).toBe('kept');
  });

  it('refuses a typed name with a right-to-left override and writes nothing', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(folder, 'a\u202Evsc.exe') });
    await expect(saveFile({ suggestedName: 'clients.csv', kind: 'csv', bytes }, sender)).rejects.toThrow(
      /invisible formatting character/,
    );
    expect(await readdir(folder)).toEqual([]);
  });
});
