/**
 * Database errors in words a user can act on: what was not saved, why, and what to do. Error
 * names such as "QuotaExceededError" are for the code; the user never sees them.
 */

export type StorageProblem = 'full' | 'closed' | 'duplicate' | 'unknown';

/** What went wrong, from an error's name (and the name of the error it wraps, if any). */
export function storageProblemOf(error: unknown): StorageProblem {
  const names = errorNames(error);
  if (names.some((name) => name === 'QuotaExceededError')) return 'full';
  if (names.some((name) => name === 'DatabaseClosedError' || name === 'VersionChangeError')) return 'closed';
  if (names.some((name) => name === 'ConstraintError')) return 'duplicate';
  return 'unknown';
}

/** IndexedDB's and Dexie's error names: an error with one of these came from the database. */
const databaseErrorNames = new Set([
  'QuotaExceededError',
  'AbortError',
  'ConstraintError',
  'DataError',
  'DataCloneError',
  'InvalidStateError',
  'TransactionInactiveError',
  'ReadOnlyError',
  'UnknownError',
  'VersionError',
  'DatabaseClosedError',
  'OpenFailedError',
  'BulkError',
  'ModifyError',
  'PrematureCommitError',
  'UpgradeError',
  'MissingAPIError',
]);

/** Whether an error came from the database (and so must be put in words before it is shown). */
export function isStorageError(error: unknown): boolean {
  return errorNames(error).some((name) => databaseErrorNames.has(name));
}

function errorNames(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth++) {
    const { name, inner } = current as { name?: unknown; inner?: unknown };
    if (typeof name === 'string') names.push(name);
    current = inner;
  }
  return names;
}

/**
 * One sentence per part: `whatWasNotSaved` names the change, e.g. "The client “Ada Lovelace”"
 * or "The import of contacts.csv".
 */
export function describeStorageError(error: unknown, whatWasNotSaved: string): string {
  switch (storageProblemOf(error)) {
    case 'full':
      return `${whatWasNotSaved} was not saved: there is no room left to store it (the disk or the storage Clientele may use is full). Nothing was changed. Free some disk space, then try again.`;
    case 'closed':
      return `${whatWasNotSaved} was not saved: Clientele was updated or restored in another window. Nothing was changed. Reload this window, then try again.`;
    case 'duplicate':
      return `${whatWasNotSaved} was not saved: a record with the same identity is already stored. Nothing was changed. Reload the page and try again.`;
    case 'unknown':
      return `${whatWasNotSaved} was not saved: the database could not store it. Nothing was changed. Try again; if it keeps happening, restart Clientele and restore a recent backup from Settings.`;
  }
}
