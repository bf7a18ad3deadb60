import { startupAdvice, startupCauseOf } from '@shared/storage/startupProblem';
import { describeStorageError, storageProblemOf } from '@shared/storage/storageErrors';
import { describe, expect, it } from 'vitest';

const quota = { name: 'AbortError', message: 'Transaction aborted', inner: { name: 'QuotaExceededError' } };

describe('database errors in words', () => {
  it('explains a full disk, even when the transaction abort wraps it, without the error name', () => {
    expect(storageProblemOf(quota)).toBe('full');
    const message = describeStorageError(quota, 'The import of contacts.csv');
    expect(message).toMatch(/^The import of contacts\.csv was not saved: there is no room left/);
    expect(message).toMatch(/Nothing was changed\. Free some disk space/);
    expect(message).not.toMatch(/QuotaExceeded|AbortError/);
  });

  it('says what to do when another window closed the database', () => {
    expect(describeStorageError({ name: 'DatabaseClosedError' }, 'The client')).toMatch(/Reload this window/);
  });

  it('never shows an unknown error’s name', () => {
    const message = describeStorageError({ name: 'UnknownError', message: 'Internal error' }, 'The project');
    expect(message).not.toMatch(/UnknownError|Internal error/);
    expect(message).toMatch(/^The project was not saved/);
  });
});

describe('start-up advice', () => {
  it('fits the cause', () => {
    expect(startupCauseOf({ name: 'UpgradeBlockedError' })).toBe('blocked');
    expect(startupAdvice('blocked').title).toBe(
      'Clientele is open in another window: close it to finish updating',
    );
    expect(startupCauseOf({ name: 'UpgradeError', inner: { name: 'TypeError' } })).toBe('failed-upgrade');
    expect(startupCauseOf({ name: 'OpenFailedError', inner: { name: 'QuotaExceededError' } })).toBe('full');
    expect(startupCauseOf({ name: 'VersionError' })).toBe('newer-data');
    expect(startupCauseOf(new Error('boom'))).toBe('unknown');
    expect(startupAdvice('full').advice.join(' ')).toMatch(/Free some disk space/);
  });
});
