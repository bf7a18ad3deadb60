import { backupFileExtension, splitBackupFile } from '@shared/backup';
import { backupFileInfo, backupFileName, type WriteBackupResult } from '@shared/bridge/backupContract';
import { type ClienteleBridge, maxBackupFileBytes, type OpenedFile } from '@shared/bridge/contract';
import { fileTooLargeMessage } from '@shared/bridge/fileTooLarge';
import { formatFileSize } from '@shared/text/fileSize';
import { blobInPieces } from './blobInPieces';

/**
 * Backups in the browser build: there is no folder to write into, so a backup is downloaded
 * ("Download a backup") and restored from a file the user picks ("Restore from a file").
 */

type BackupMethods = Pick<
  ClienteleBridge,
  | 'listBackups'
  | 'writeBackup'
  | 'readBackup'
  | 'openBackupFile'
  | 'showBackupsFolder'
  | 'chooseBackupsFolder'
  | 'onBackupBeforeQuit'
>;

async function downloadBytes(bytes: Uint8Array, fileName: string): Promise<void> {
  const url = URL.createObjectURL(await blobInPieces(bytes, 'application/octet-stream'));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

async function downloadBackup(bytes: Uint8Array): Promise<WriteBackupResult> {
  const split = splitBackupFile(bytes);
  if (!split.ok)
    return {
      written: false,
      failure: { at: new Date().toISOString(), problem: 'not-a-backup', reason: split.reason },
    };
  const fileName = backupFileName(split.value.manifest);
  await downloadBytes(bytes, fileName);
  return { written: true, backup: backupFileInfo(fileName, bytes.byteLength, split.value.manifest) };
}

async function readBackupFile(file: File): Promise<OpenedFile> {
  if (file.size > maxBackupFileBytes)
    throw new Error(fileTooLargeMessage('backup', file.name, formatFileSize(file.size)));
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

export function browserBackupMethods(pickFile: (accept: string) => Promise<File | null>): BackupMethods {
  return {
    async listBackups() {
      return { folder: null, backups: [], lastFailure: null };
    },
    async writeBackup(bytes) {
      return downloadBackup(bytes);
    },
    async readBackup() {
      throw new Error('The browser build keeps no backups folder; restore from a file instead.');
    },
    async openBackupFile() {
      const file = await pickFile(`${backupFileExtension},application/octet-stream`);
      return file ? readBackupFile(file) : null;
    },
    async showBackupsFolder() {},
    async chooseBackupsFolder() {
      return null;
    },
    // A web page has no quit to wait for: closing the tab cannot be held up for a backup.
    onBackupBeforeQuit() {},
  };
}
