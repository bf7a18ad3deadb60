import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupFailure } from '@shared/bridge/backupContract';
import { writeFileAtomically } from '../files/atomicWrite';

/** What the main process remembers about backups between runs, in the app's user-data folder. */
export interface BackupSettings {
  /** A folder the user chose; absent means the default folder. */
  folder?: string;
  lastFailure?: BackupFailure;
}

const backupSettingsFileName = 'backup-settings.json';
const defaultBackupsFolderName = 'Backups';

export async function loadBackupSettings(userData: string): Promise<BackupSettings> {
  try {
    const parsed: unknown = JSON.parse(await readFile(join(userData, backupSettingsFileName), 'utf8'));
    if (typeof parsed !== 'object' || parsed === null) return {};
    const { folder, lastFailure } = parsed as Record<string, unknown>;
    return {
      ...(typeof folder === 'string' && folder !== '' ? { folder } : {}),
      ...(typeof lastFailure === 'object' && lastFailure !== null
        ? { lastFailure: lastFailure as BackupFailure }
        : {}),
    };
  } catch {
    // No settings yet, or unreadable ones: the default folder is the safe answer.
    return {};
  }
}

export async function saveBackupSettings(userData: string, settings: BackupSettings): Promise<void> {
  await writeFileAtomically(
    join(userData, backupSettingsFileName),
    new TextEncoder().encode(JSON.stringify(settings, null, 2)),
  );
}

export function backupsFolderOf(userData: string, settings: BackupSettings): string {
  return settings.folder ?? join(userData, defaultBackupsFolderName);
}
