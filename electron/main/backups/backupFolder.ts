import { open, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { backupHeadBytes, planBackupRetention, readBackupHead } from '@shared/backup';
import { type BackupFileInfo, backupFileInfo, backupFileNameProblem } from '@shared/bridge/backupContract';

/** Reads only the start of a backup: enough for its manifest, without loading the whole file. */
async function readBackupInfo(folder: string, fileName: string): Promise<BackupFileInfo | null> {
  const handle = await open(join(folder, fileName), 'r');
  try {
    const { size } = await handle.stat();
    const head = new Uint8Array(Math.min(size, backupHeadBytes));
    await handle.read(head, 0, head.byteLength, 0);
    const read = readBackupHead(head);
    return read.ok ? backupFileInfo(fileName, size, read.value.manifest) : null;
  } finally {
    await handle.close();
  }
}

/** The backups in a folder, newest first; other files and unreadable backups are left out. */
export async function listBackupFiles(folder: string): Promise<BackupFileInfo[]> {
  const names = (await readdir(folder)).filter((name) => backupFileNameProblem(name) === '');
  const infos = await Promise.all(names.map((name) => readBackupInfo(folder, name).catch(() => null)));
  return infos
    .filter((info): info is BackupFileInfo => info !== null)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/**
 * Deletes the backups the retention plan drops. Called only after a newer backup was written
 * and verified, so pruning never leaves the user with fewer good copies than before.
 */
export async function pruneBackups(folder: string, now: string): Promise<string[]> {
  const backups = await listBackupFiles(folder);
  const plan = planBackupRetention(
    backups.map((backup) => backup.createdAt),
    now,
  );
  const removable = new Map<string, number>();
  for (const date of plan.remove) removable.set(date, (removable.get(date) ?? 0) + 1);
  const removed: string[] = [];
  // Oldest first among equal dates, so the one kept is the one the plan saw first (newest).
  for (const backup of [...backups].reverse()) {
    const count = removable.get(backup.createdAt) ?? 0;
    if (count === 0) continue;
    removable.set(backup.createdAt, count - 1);
    await rm(join(folder, backup.fileName), { force: true });
    removed.push(backup.fileName);
  }
  return removed;
}
