import { mkdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { splitBackupFile, verifyBackupFile } from '@shared/backup';
import { backupFileInfo, backupFileName, type WriteBackupResult } from '@shared/bridge/backupContract';
import { writeFileAtomically } from '../files/atomicWrite';
import { backupFailure, failureReason } from './backupErrors';
import { pruneBackups } from './backupFolder';

export interface BackupTarget {
  folder: string;
  /** The default folder is created when missing; a folder the user chose is not (it may be an unplugged drive). */
  createIfMissing: boolean;
}

/**
 * Writes a backup atomically, reads it back and checks it against its checksum, and only then
 * prunes older backups. Every failure comes back in words; none throws.
 */
export async function writeBackupToFolder(
  target: BackupTarget,
  bytes: Uint8Array,
  now: string,
): Promise<WriteBackupResult> {
  const { folder } = target;
  const split = splitBackupFile(bytes);
  if (!split.ok)
    return {
      written: false,
      failure: { at: now, problem: 'not-a-backup', reason: failureReason('not-a-backup', folder) },
    };
  const { manifest } = split.value;
  const fileName = backupFileName(manifest);
  const path = join(folder, fileName);
  try {
    if (target.createIfMissing) await mkdir(folder, { recursive: true });
    else if (!(await stat(folder)).isDirectory())
      throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    await writeFileAtomically(path, bytes);
    const readBack = await verifyBackupFile(new Uint8Array(await readFile(path)));
    if (!readBack.ok || readBack.value.contentSha256 !== manifest.contentSha256) {
      await rm(path, { force: true });
      return {
        written: false,
        failure: { at: now, problem: 'verify-failed', reason: failureReason('verify-failed', folder) },
      };
    }
  } catch (error) {
    return { written: false, failure: backupFailure(error, folder, now) };
  }
  // Pruning is housekeeping: the new backup is safe even if an old one could not be deleted.
  await pruneBackups(folder, now).catch(() => undefined);
  return { written: true, backup: backupFileInfo(fileName, bytes.byteLength, manifest) };
}
