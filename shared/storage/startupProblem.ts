import { storageProblemOf } from './storageErrors';

/** Why the database could not open at start-up, and the advice that fits that cause. */
export type StartupCause = 'blocked' | 'failed-upgrade' | 'newer-data' | 'full' | 'unknown';

export interface StartupAdvice {
  cause: StartupCause;
  title: string;
  advice: string[];
}

function namesOf(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth++) {
    const { name, inner } = current as { name?: unknown; inner?: unknown };
    if (typeof name === 'string') names.push(name);
    current = inner;
  }
  return names;
}

export function startupCauseOf(error: unknown): StartupCause {
  const names = namesOf(error);
  if (storageProblemOf(error) === 'full') return 'full';
  if (names.includes('UpgradeBlockedError')) return 'blocked';
  if (names.includes('VersionError')) return 'newer-data';
  if (names.includes('UpgradeError')) return 'failed-upgrade';
  return 'unknown';
}

export function startupAdvice(cause: StartupCause): StartupAdvice {
  switch (cause) {
    case 'blocked':
      return {
        cause,
        title: 'Clientele is open in another window: close it to finish updating',
        advice: [
          'This version of Clientele needs to update your data, and another window (or browser tab) of Clientele is still using it.',
          'Close the other window. The update then finishes here by itself; your data is not changed until it does.',
        ],
      };
    case 'failed-upgrade':
      return {
        cause,
        title: 'Clientele could not update your data',
        advice: [
          'Updating your data to this version of Clientele failed, so the update was undone: your data is as the previous version left it.',
          'Go back to the previous version of Clientele, or restore a recent backup, and report the problem.',
        ],
      };
    case 'newer-data':
      return {
        cause,
        title: 'Your data was saved by a newer Clientele',
        advice: [
          'A newer version of Clientele has already updated your data, and this older version cannot read it.',
          'Open the newer version of Clientele instead. Your data has not been changed.',
        ],
      };
    case 'full':
      return {
        cause,
        title: 'There is no room left to open Clientele’s data',
        advice: [
          'The disk (or the storage Clientele may use) is full, so the data could not be opened or updated. Nothing was lost.',
          'Free some disk space, then start Clientele again.',
        ],
      };
    case 'unknown':
      return {
        cause,
        title: 'Clientele could not open its data',
        advice: [
          'Your data has not been changed.',
          'Close other Clientele windows and start it again. If it keeps happening, restart the computer.',
        ],
      };
  }
}
