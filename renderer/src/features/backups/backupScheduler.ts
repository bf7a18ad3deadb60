import { bridge } from '../../bridge';
import { onDatabaseChange } from '../../db/databaseChanges';
import { backUp, newestBackup, refreshBackups } from './backupActions';
import { backUpBeforeQuit } from './backupAtQuit';
import { useBackupStore } from './backupStore';
import { isDailyBackupDue, nextBackupAfterChange } from './backupTiming';

/**
 * When the desktop app backs up by itself: a few minutes after changes stop, at most once
 * every 15 minutes while the user keeps working, once a day while the app is open, and at quit.
 */
const dailyCheckEveryMs = 30 * 60_000;

export interface SchedulerClock {
  now: () => number;
  setTimeout: (run: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
  setInterval: (run: () => void, ms: number) => unknown;
}

const realClock: SchedulerClock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  setInterval: (run, ms) => setInterval(run, ms),
};

function lastBackupTime(): number | null {
  const newest = newestBackup();
  return newest ? Date.parse(newest.createdAt) : null;
}

/** Starts automatic backups; returns a function that stops them. */
export function startBackupScheduler(clock: SchedulerClock = realClock): () => void {
  let pending: unknown = null;
  let stopped = false;

  const run = async () => {
    pending = null;
    if (!stopped) await backUp('automatic');
  };
  const stopChanges = onDatabaseChange(() => {
    useBackupStore.getState().set({ lastChangeAt: clock.now() });
    if (pending !== null) clock.clearTimeout(pending);
    const due = nextBackupAfterChange(clock.now(), lastBackupTime());
    pending = clock.setTimeout(() => void run(), Math.max(0, due - clock.now()));
  });
  const daily = () => {
    if (!stopped && pending === null && isDailyBackupDue(clock.now(), lastBackupTime())) void run();
  };
  void refreshBackups()
    .catch(() => undefined)
    .then(daily);
  const interval = clock.setInterval(daily, dailyCheckEveryMs);
  bridge.onBackupBeforeQuit(() => (stopped ? Promise.resolve() : backUpBeforeQuit(clock.now)));

  return () => {
    stopped = true;
    stopChanges();
    if (pending !== null) clock.clearTimeout(pending);
    clearInterval(interval as ReturnType<typeof setInterval>);
  };
}
