import { mkdir, open } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { BackupFolderState, WriteBackupResult } from '@shared/bridge/backupContract';
import { backupFileNameProblem } from '@shared/bridge/backupContract';
import { maxBackupFileBytes, type OpenedFile } from '@shared/bridge/contract';
import { fileTooLargeMessage } from '@shared/bridge/fileTooLarge';
import { formatFileSize } from '@shared/text/fileSize';
import { app, BrowserWindow, dialog, type OpenDialogOptions, shell, type WebContents } from 'electron';
import { listBackupFiles } from '../backups/backupFolder';
import { backupsFolderOf, loadBackupSettings, saveBackupSettings } from '../backups/backupSettings';
import { writeBackupToFolder } from '../backups/backupWriter';

/** The bridge's backup methods: each validates its payload before touching the disk. */

const userData = () => app.getPath('userData');

async function currentFolder(): Promise<{ folder: string; chosen: boolean }> {
  const settings = await loadBackupSettings(userData());
  return { folder: backupsFolderOf(userData(), settings), chosen: settings.folder !== undefined };
}

export async function listBackups(): Promise<BackupFolderState> {
  const settings = await loadBackupSettings(userData());
  const folder = backupsFolderOf(userData(), settings);
  const backups = await listBackupFiles(folder).catch(() => []);
  return { folder, backups, lastFailure: settings.lastFailure ?? null };
}

export async function writeBackup(payload: unknown): Promise<WriteBackupResult> {
  if (!(payload instanceof Uint8Array))
    throw new Error('Cannot write the backup: its contents are not bytes.');
  if (payload.byteLength > maxBackupFileBytes) throw new Error('Cannot write the backup: it is too large.');
  const { folder, chosen } = await currentFolder();
  const result = await writeBackupToFolder(
    { folder, createIfMissing: !chosen },
    payload,
    new Date().toISOString(),
  );
  const settings = await loadBackupSettings(userData());
  const { lastFailure: _previous, ...rest } = settings;
  await saveBackupSettings(userData(), result.written ? rest : { ...rest, lastFailure: result.failure });
  return result;
}

async function readLimited(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const stats = await handle.stat();
    const { size } = stats;
    if (!stats.isFile()) throw new Error(`"${basename(path)}" is not a file.`);
    if (size > maxBackupFileBytes)
      throw new Error(fileTooLargeMessage('backup', basename(path), formatFileSize(size)));
    const contents = await handle.readFile();
    return new Uint8Array(contents.buffer, contents.byteOffset, contents.byteLength);
  } finally {
    await handle.close();
  }
}

export async function readBackup(payload: unknown): Promise<Uint8Array> {
  const problem = backupFileNameProblem(payload);
  if (problem !== '') throw new Error(`Cannot read the backup: ${problem}`);
  const { folder } = await currentFolder();
  return readLimited(join(folder, payload as string));
}

async function showOpenDialog(sender: WebContents, options: OpenDialogOptions) {
  const owner = BrowserWindow.fromWebContents(sender);
  return owner ? dialog.showOpenDialog(owner, options) : dialog.showOpenDialog(options);
}

export async function openBackupFile(_payload: unknown, sender: WebContents): Promise<OpenedFile | null> {
  const { folder } = await currentFolder();
  const result = await showOpenDialog(sender, {
    title: 'Restore from a backup file',
    defaultPath: folder,
    properties: ['openFile'],
    filters: [{ name: 'Clientele backup', extensions: ['clientele-backup'] }],
  });
  const path = result.canceled ? undefined : result.filePaths[0];
  if (path === undefined) return null;
  return { name: basename(path), bytes: await readLimited(path) };
}

export async function showBackupsFolder(): Promise<void> {
  const { folder, chosen } = await currentFolder();
  if (!chosen) await mkdir(folder, { recursive: true });
  const problem = await shell.openPath(folder);
  if (problem !== '') throw new Error(`The backups folder could not be opened: ${problem}`);
}

export async function chooseBackupsFolder(
  _payload: unknown,
  sender: WebContents,
): Promise<BackupFolderState | null> {
  const { folder } = await currentFolder();
  const result = await showOpenDialog(sender, {
    title: 'Choose a folder for backups',
    defaultPath: folder,
    properties: ['openDirectory', 'createDirectory'],
  });
  const chosen = result.canceled ? undefined : result.filePaths[0];
  if (chosen === undefined) return null;
  const settings = await loadBackupSettings(userData());
  const defaultFolder = join(userData(), 'Backups');
  const { folder: _old, lastFailure: _failure, ...rest } = settings;
  await saveBackupSettings(userData(), chosen === defaultFolder ? rest : { ...rest, folder: chosen });
  return listBackups();
}
