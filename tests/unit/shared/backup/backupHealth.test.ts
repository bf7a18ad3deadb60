import { backupWarning } from '@shared/backup';
import { describe, expect, it } from 'vitest';

const now = '2026-11-30T10:00:00.000Z';

describe('backupWarning', () => {
  it('is quiet when the newest good backup is recent and nothing failed since', () => {
    expect(backupWarning({ lastGoodAt: '2026-11-29T10:00:00.000Z', lastFailure: null, now })).toBeNull();
    expect(
      backupWarning({
        lastGoodAt: '2026-11-29T10:00:00.000Z',
        lastFailure: { at: '2026-11-28T10:00:00.000Z', reason: 'The disk is full.' },
        now,
      }),
    ).toBeNull();
  });

  it('warns when the newest good backup is more than seven days old', () => {
    expect(backupWarning({ lastGoodAt: '2026-11-20T10:00:00.000Z', lastFailure: null, now })).toBe(
      'The last good backup is 10 days old. Choose “Back up now” to make a fresh one.',
    );
  });

  it('warns with the reason when the last backup failed', () => {
    expect(
      backupWarning({
        lastGoodAt: '2026-11-29T10:00:00.000Z',
        lastFailure: {
          at: '2026-11-30T09:00:00.000Z',
          reason: 'The backup was not saved: the disk is full.',
        },
        now,
      }),
    ).toBe('The last backup failed. The backup was not saved: the disk is full.');
  });

  it('warns when there is no backup at all', () => {
    expect(backupWarning({ lastGoodAt: null, lastFailure: null, now })).toMatch(/no backup/);
  });
});
