import type { BackupManifest } from '@shared/backup';
import type { BackupFileInfo } from '@shared/bridge/backupContract';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const made: { reasons: string[]; quittingWhileMade: boolean[] } = { reasons: [], quittingWhileMade: [] };

vi.mock('../../../../renderer/src/bridge', () => ({
  bridge: {
    platform: 'electron',
    listBackups: async () => ({ folder: '/backups', backups: [], lastFailure: null }),
    writeBackup: async () => ({ written: true, backup: backupInfo('2026-11-30T12:00:00.000Z') }),
  },
}));
vi.mock('../../../../renderer/src/features/backups/backupWorkerClient', () => ({
  snapshotDatabase: async (reason: string) => {
    made.reasons.push(reason);
    made.quittingWhileMade.push(useBackupStore.getState().quitting);
    return { file: new Uint8Array([1]), manifest: {} as BackupManifest };
  },
}));

const { useBackupStore } = await import('../../../../renderer/src/features/backups/backupStore');
const { backUpBeforeQuit } = await import('../../../../renderer/src/features/backups/backupAtQuit');

function backupInfo(createdAt: string): BackupFileInfo {
  return {
    fileName: 'clientele-backup.clientele-backup',
    createdAt,
    reason: 'automatic',
    sizeBytes: 10,
    rowCounts: {},
    appVersion: '0.1.0',
    schemaVersion: 7,
  };
}

const lastBackupAt = Date.parse('2026-11-30T10:00:00.000Z');
const anHourLater = () => lastBackupAt + 60 * 60_000;

describe('backup before quitting (page)', () => {
  beforeEach(() => {
    made.reasons = [];
    made.quittingWhileMade = [];
    useBackupStore.setState({
      folderState: null,
      lastMade: backupInfo('2026-11-30T10:00:00.000Z'),
      lastError: null,
      working: '',
      lastChangeAt: null,
      quitting: false,
    });
  });

  it('backs up, showing "Backing up before quitting…", when the book changed since the last backup', async () => {
    useBackupStore.setState({ lastChangeAt: lastBackupAt + 5 * 60_000 });
    await backUpBeforeQuit(anHourLater);
    expect(made.reasons).toEqual(['at-quit']);
    expect(made.quittingWhileMade).toEqual([true]);
    expect(useBackupStore.getState().quitting).toBe(false);
  });

  it('lets the app quit without a backup when nothing changed and the last one is recent', async () => {
    useBackupStore.setState({ lastChangeAt: lastBackupAt - 60_000 });
    await backUpBeforeQuit(anHourLater);
    expect(made.reasons).toEqual([]);
  });

  it('backs up when the daily backup is due, even without changes', async () => {
    await backUpBeforeQuit(() => lastBackupAt + 25 * 60 * 60_000);
    expect(made.reasons).toEqual(['at-quit']);
  });

  it('waits for a backup already running, then decides from the backup it made', async () => {
    useBackupStore.setState({ working: 'backing-up', lastChangeAt: lastBackupAt + 5 * 60_000 });
    const quitting = backUpBeforeQuit(anHourLater);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(made.reasons).toEqual([]);
    expect(useBackupStore.getState().quitting).toBe(true);
    useBackupStore.setState({ working: '', lastMade: backupInfo('2026-11-30T10:30:00.000Z') });
    await quitting;
    expect(made.reasons).toEqual([]);
    expect(useBackupStore.getState().quitting).toBe(false);
  });
});
