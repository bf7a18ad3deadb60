import type * as FsPromises from 'node:fs/promises';
import { mkdtemp, open, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packBackup } from '@shared/backup';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeBackupToFolder } from '../../../../../electron/main/backups/backupWriter';

vi.mock('electron', () => import('../../fakeElectron'));
// The real file system, with open and readFile wrapped so a test can make one of them fail.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  return { ...actual, open: vi.fn(actual.open), readFile: vi.fn(actual.readFile) };
});
const actualFs = await vi.importActual<typeof FsPromises>('node:fs/promises');

let root: string;
let folder: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'clientele-backups-'));
  folder = join(root, 'Backups');
});

afterEach(async () => {
  vi.mocked(open).mockReset().mockImplementation(actualFs.open);
  vi.mocked(readFile).mockReset().mockImplementation(actualFs.readFile);
  await rm(root, { recursive: true, force: true });
});

async function backupAt(createdAt: string) {
  const { file } = await packBackup({
    appVersion: '0.1.0',
    schemaVersion: 3,
    createdAt,
    reason: 'automatic',
    tables: { clients: [{ id: 'c1', sortName: 'Zoë' }], projects: [] },
  });
  return file;
}

const now = '2026-11-30T10:00:00.000Z';

describe('writeBackupToFolder', () => {
  it('writes the backup into a new default folder, verified, with no temp file left', async () => {
    const bytes = await backupAt(now);
    const result = await writeBackupToFolder({ folder, createIfMissing: true }, bytes, now);
    expect(result).toMatchObject({
      written: true,
      backup: {
        fileName: 'clientele-backup-2026-11-30T10-00-00-000Z.clientele-backup',
        rowCounts: { clients: 1 },
      },
    });
    expect(await readdir(folder)).toEqual(['clientele-backup-2026-11-30T10-00-00-000Z.clientele-backup']);
    expect(new Uint8Array(await actualFs.readFile(join(folder, (await readdir(folder))[0] ?? '')))).toEqual(
      bytes,
    );
  });

  it('reports a chosen folder that is gone instead of creating it', async () => {
    const result = await writeBackupToFolder({ folder, createIfMissing: false }, await backupAt(now), now);
    expect(result).toMatchObject({ written: false, failure: { problem: 'folder-missing' } });
    if (!result.written) expect(result.failure.reason).toMatch(/is gone .* choose another folder/);
    await expect(readdir(folder)).rejects.toThrow();
  });

  it('reports a full disk and leaves no partial file', async () => {
    vi.mocked(open).mockImplementationOnce(async (path, flags) => {
      const handle = await actualFs.open(path, flags);
      handle.writeFile = async () => {
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      };
      return handle;
    });
    const result = await writeBackupToFolder({ folder, createIfMissing: true }, await backupAt(now), now);
    expect(result).toMatchObject({ written: false, failure: { problem: 'disk-full' } });
    if (!result.written) expect(result.failure.reason).toMatch(/disk .* is full\. Free some space/);
    expect(await readdir(folder)).toEqual([]);
  });

  it('removes a backup that does not read back as written, and says so', async () => {
    vi.mocked(readFile).mockImplementationOnce(async (path) => {
      const bytes = new Uint8Array(await actualFs.readFile(path as string));
      bytes[bytes.byteLength - 1] = (bytes[bytes.byteLength - 1] ?? 0) ^ 0xff;
      return Buffer.from(bytes);
    });
    const result = await writeBackupToFolder({ folder, createIfMissing: true }, await backupAt(now), now);
    expect(result).toMatchObject({ written: false, failure: { problem: 'verify-failed' } });
    expect(await readdir(folder)).toEqual([]);
  });

  it('refuses bytes that are not a backup', async () => {
    const result = await writeBackupToFolder(
      { folder, createIfMissing: true },
      new TextEncoder().encode('hello'),
      now,
    );
    expect(result).toMatchObject({ written: false, failure: { problem: 'not-a-backup' } });
  });

  it('prunes old backups by the retention plan only after a newer one was verified', async () => {
    await writeBackupToFolder({ folder, createIfMissing: true }, await backupAt(now), now);
    // Twelve backups from the same hour, two years ago: beyond every window but the ten newest.
    for (let minute = 0; minute < 12; minute++) {
      const createdAt = `2024-06-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
      const bytes = await backupAt(createdAt);
      await writeFile(
        join(folder, `clientele-backup-${createdAt.replace(/[:.]/g, '-')}.clientele-backup`),
        bytes,
      );
    }
    expect(await readdir(folder)).toHaveLength(13);

    vi.mocked(open).mockImplementationOnce(async () => {
      throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
    });
    const failed = await writeBackupToFolder(
      { folder, createIfMissing: true },
      await backupAt('2026-11-30T11:00:00.000Z'),
      now,
    );
    expect(failed).toMatchObject({ written: false, failure: { problem: 'no-permission' } });
    expect(await readdir(folder)).toHaveLength(13);

    const later = '2026-11-30T12:00:00.000Z';
    await writeBackupToFolder({ folder, createIfMissing: true }, await backupAt(later), later);
    const left = (await readdir(folder)).sort();
    expect(left).toHaveLength(10);
    expect(left).toContain('clientele-backup-2026-11-30T12-00-00-000Z.clientele-backup');
    expect(left).not.toContain('clientele-backup-2024-06-01T10-00-00-000Z.clientele-backup');
  });
});
