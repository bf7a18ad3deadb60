import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { maxContactsFileBytes } from '@shared/bridge/contract';
import type { WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openContactsFile } from '../../../../../electron/main/ipc/openContactsFile';
import { dialog, resetFakeElectron } from '../../fakeElectron';

vi.mock('electron', () => import('../../fakeElectron'));

const sender = {} as WebContents;
let folder: string;

beforeEach(async () => {
  resetFakeElectron();
  folder = await mkdtemp(join(tmpdir(), 'clientele-open-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

function userPicks(filePath: string): void {
  dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [filePath] });
}

describe('openContactsFile', () => {
  it('returns the name and exact bytes of the picked file', async () => {
    const filePath = join(folder, 'contacts.csv');
    await writeFile(filePath, 'name,email\r\nZoë,zoe@example.com\r\n');
    userPicks(filePath);

    const opened = await openContactsFile(undefined, sender);

    expect(opened?.name).toBe('contacts.csv');
    expect(opened?.bytes).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(opened?.bytes)).toBe('name,email\r\nZoë,zoe@example.com\r\n');
  });

  it('offers contacts files only', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await openContactsFile(undefined, sender);
    const [options] = dialog.showOpenDialog.mock.calls[0] ?? [];
    expect(options.properties).toEqual(['openFile']);
    expect(options.filters.flatMap((filter: { extensions: string[] }) => filter.extensions).sort()).toEqual([
      'csv',
      'tsv',
      'txt',
      'vcard',
      'vcf',
    ]);
  });

  it('returns null when the user cancels', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    expect(await openContactsFile(undefined, sender)).toBeNull();
  });

  it('refuses a file over the limit, saying its size and the limit', async () => {
    const filePath = join(folder, 'holiday video.vcf');
    await writeFile(filePath, '');
    // A sparse file: the size is real but nothing is written to disk.
    await truncate(filePath, 150 * 1024 * 1024);
    userPicks(filePath);

    await expect(openContactsFile(undefined, sender)).rejects.toThrow(
      '"holiday video.vcf" is 150 MB; Clientele opens contacts files up to 100 MB.',
    );
  });

  it('accepts a file of exactly the limit', async () => {
    const filePath = join(folder, 'big.csv');
    await writeFile(filePath, '');
    await truncate(filePath, maxContactsFileBytes);
    userPicks(filePath);

    const opened = await openContactsFile(undefined, sender);
    expect(opened?.bytes.byteLength).toBe(maxContactsFileBytes);
  });

  it('refuses a device such as /dev/zero instead of reading it without end', async () => {
    userPicks('/dev/zero');
    await expect(openContactsFile(undefined, sender)).rejects.toThrow('"zero" is not a regular file');
  });

  it.skipIf(process.platform === 'win32')('refuses a named pipe without waiting for a writer', async () => {
    const pipePath = join(folder, 'contacts.csv');
    execFileSync('mkfifo', [pipePath]);
    userPicks(pipePath);
    await expect(openContactsFile(undefined, sender)).rejects.toThrow(
      '"contacts.csv" is not a regular file (it is a device, a pipe or a folder); choose a contacts file.',
    );
  });
});
