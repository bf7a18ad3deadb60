import { ClientListBroadcast } from './clientListBroadcast';
import { ClientListIndex } from './clientListIndex';
import { clientListSync } from './clientListSync';
import { ClienteleDatabase } from './database';
import { InsightsFiguresSource } from './insightsFigures';
import { computeFiguresInWorker } from './insightsWorker/insightsWorkerClient';
import {
  loadSavedShownFigures,
  SavedFiguresDatabase,
  type SavedShownFigures,
} from './insightsWorker/savedFigures';
import { purgeOldTrash } from './trashRepository';

/** The app's one database connection, opened at start-up. */
export const db = new ClienteleDatabase();

/** The client list's in-memory keys, kept in step with every committed write to clients. */
export const clientListIndex = new ClientListIndex();
/** The index's link to the app's other tabs and windows. */
export const clientListBroadcast = new ClientListBroadcast(clientListIndex, db);
db.use(clientListSync(clientListIndex, db, clientListBroadcast.announce));

/**
 * Opens the database and starts loading the client list index. Housekeeping that need not
 * hold up the first screen (asking the browser to keep the data under storage pressure,
 * dropping trash older than the undo period) runs after.
 */
export async function openAppDatabase(handlers: DatabaseLifecycleHandlers): Promise<void> {
  watchDatabaseLifecycle(handlers);
  await db.open();
  void clientListIndex.load(db);
  void purgeOldTrash(db).catch(() => undefined);
  void requestPersistentStorage();
}

export interface DatabaseLifecycleHandlers {
  /** Our upgrade waits for another window that still has the older version open. */
  onUpgradeBlocked: () => void;
  /** A newer version (another window) wants to upgrade: this window has let go of the data. */
  onReplacedByNewerVersion: () => void;
}

function watchDatabaseLifecycle(handlers: DatabaseLifecycleHandlers): void {
  db.on('blocked', handlers.onUpgradeBlocked);
  db.on('versionchange', (event) => {
    // Only an upgrade by a newer version needs this window to step aside; a deletion as well.
    if (event.newVersion !== null && event.newVersion <= event.oldVersion) return;
    db.close({ disableAutoOpen: true });
    handlers.onReplacedByNewerVersion();
    return false;
  });
}

/** Whether the browser has agreed not to evict the app's data when the disk runs low. */
async function requestPersistentStorage(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  try {
    return (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    return false;
  }
}

/** The insights screens' figures, worked out in a worker and kept for the session and the next start. */
const savedFigures = new SavedFiguresDatabase();
let savedAtStart: Promise<Map<string, SavedShownFigures>> | undefined;

/** Every screen's figures as saved last time, read once: a handful of small rows. */
function savedShownFiguresAtStart(): Promise<Map<string, SavedShownFigures>> {
  savedAtStart ??= savedFigures.shown
    .toArray()
    .then((rows) => new Map(rows.map((row) => [row.id, row])))
    .catch(() => new Map());
  return savedAtStart;
}

export const insightsFigures = new InsightsFiguresSource(db, {
  compute: computeFiguresInWorker,
  loadSaved: async (key) =>
    (await savedShownFiguresAtStart()).get(key) ?? loadSavedShownFigures(savedFigures, key),
});

/**
 * Starts, at start-up, what an insights screen needs first: the data-change stamp and the
 * figures saved last time, so the first screen opened shows current saved figures at once.
 */
export function prepareInsightsFigures(): void {
  insightsFigures.start();
  void savedShownFiguresAtStart();
}
