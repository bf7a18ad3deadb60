import { describe, expect, it } from 'vitest';
import {
  isDailyBackupDue,
  minimumGapMs,
  nextBackupAfterChange,
  quietAfterChangesMs,
} from '../../../renderer/src/features/backups/backupTiming';

const minute = 60_000;

describe('automatic backup timing', () => {
  it('backs up a few minutes after changes stop', () => {
    expect(nextBackupAfterChange(0, null)).toBe(quietAfterChangesMs);
    expect(quietAfterChangesMs).toBe(3 * minute);
  });

  it('waits at least 15 minutes after the previous backup while the user keeps working', () => {
    const lastBackup = 100 * minute;
    expect(nextBackupAfterChange(lastBackup + minute, lastBackup)).toBe(lastBackup + minimumGapMs);
    expect(nextBackupAfterChange(lastBackup + 30 * minute, lastBackup)).toBe(lastBackup + 33 * minute);
  });

  it('makes a daily backup when the last one is a day old or there is none', () => {
    expect(isDailyBackupDue(0, null)).toBe(true);
    expect(isDailyBackupDue(23 * 60 * minute, 0)).toBe(false);
    expect(isDailyBackupDue(24 * 60 * minute, 0)).toBe(true);
  });
});
