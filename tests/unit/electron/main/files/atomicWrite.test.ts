import type * as FsPromises from 'node:fs/promises';
import { mkdtemp, open, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomically } from '../../../../../electron/main/files/atomicWrite';

// The real file system, with open and rename wrapped so a test can make one of them fail.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  return { ...actual, open: vi.fn(actual.open), rename: vi.fn(actual.rename) };
});

const actualFs = await vi.importActual<typeof FsPromises>('node:fs/promises');
const encoder = new TextEncoder();
let folder: string;
let target: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'clientele-atomic-'));
  target = join(folder, 'clients.csv');
  await writeFile(target, 'the original clients');
});

afterEach(async () => {
  vi.mocked(open).mockReset().mockImplementation(actualFs.open);
  vi.mocked(rename).mockReset().mockImplementation(actualFs.rename);
  await rm(folder, { recursive: true, force: true });
});

describe('writeFileAtomically', () => {
  it('replaces the file through a temp file in the same folder', async () => {
    await writeFileAtomically(target, encoder.encode('the new clients'));

    expect(await readFile(target, 'utf8')).toBe('the new clients');
    const [from, to] = vi.mocked(rename).mock.calls[0] ?? [];
    expect(to).toBe(target);
    expect(from).not.toBe(target);
    expect(dirname(String(from))).toBe(folder);
    expect(await readdir(folder)).toEqual(['clients.csv']);
  });

  it('creates a file that did not exist', async () => {
    const fresh = join(folder, 'labels.pdf');
    await writeFileAtomically(fresh, new Uint8Array([37, 80, 68, 70]));
    expect([...(await readFile(fresh))]).toEqual([37, 80, 68, 70]);
  });

  it('leaves the original intact and no temp file when the disk fills mid-write', async () => {
    vi.mocked(open).mockImplementationOnce(async (path, flags) => {
      const handle = await actualFs.open(path, flags);
      handle.writeFile = async (data) => {
        await handle.write(new Uint8Array(data as Uint8Array).subarray(0, 3));
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      };
      return handle;
    });

    await expect(writeFileAtomically(target, encoder.encode('the new clients'))).rejects.toThrow('ENOSPC');
    expect(await readFile(target, 'utf8')).toBe('the original clients');
    expect(await readdir(folder)).toEqual(['clients.csv']);
  });

  it('leaves the original intact and no temp file when the rename fails', async () => {
    vi.mocked(rename).mockRejectedValueOnce(
      Object.assign(new Error('EPERM: operation not permitted'), { code: 'EPERM' }),
    );

    await expect(writeFileAtomically(target, encoder.encode('the new clients'))).rejects.toThrow('EPERM');
    expect(await readFile(target, 'utf8')).toBe('the original clients');
    expect(await readdir(folder)).toEqual(['clients.csv']);
  });
});
