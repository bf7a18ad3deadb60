import { expect, type Page, test } from '@playwright/test';
import {
  type BackupFile,
  downloadBackups,
  emptyTable,
  keepMeasuresAcrossReload,
  longestTask,
  measuresBeforeReload,
  recordPhases,
  restoreThroughSettings,
  takeMeasures,
  watchLongTasks,
} from './support/backupSteps';
import { median, recordBenchResult } from './support/benchResults';
import { openPersistentPage } from './support/persistentPage';
import { measureReadFloor, measureRestoreFloor } from './support/restoreFloor';

/**
 * Issue 10's speed target at the issue's size, 20,000 clients / ~60,000 projects: backup ≤ 3 s,
 * restore ≤ 15 s (medians), no main-thread task over 200 ms during the backup. The sample book
 * also logs ~10 touches per client (~200,000 rows); the issue's book is that sample with its
 * touches emptied, and the whole sample is measured too as a second figure. IndexedDB floors
 * (a plain read and a plain write of the same rows) are measured in the same run: where a floor
 * is above the target, the ratio to the floor is what counts.
 */

const clientCount = 20_000;
const backupTarget = 3_000;
const restoreTarget = 15_000;
const longTaskTarget = 200;
// A restore takes minutes on a loaded machine; fewer runs can be asked for.
const backupRuns = Number(process.env.CLIENTELE_BENCH_BACKUP_RUNS ?? 5);
const restoreRuns = Number(process.env.CLIENTELE_BENCH_RESTORE_RUNS ?? 3);
/** Restores of the whole sample book (with touches); 0 measures only its backup and read floor. */
const fullBookRestoreRuns = Number(process.env.CLIENTELE_BENCH_FULL_BOOK_RESTORE_RUNS ?? 1);

const issueBook = 'issue book (20,000 clients, no touches)';
const fullBook = 'full sample book (with touches)';

function describeBook(label: string, file: BackupFile): void {
  console.log(`${label}: ${JSON.stringify(file.rowCounts)} (${file.rows} rows)`);
  recordBenchResult({ name: `${label}: rows (all tables)`, value: file.rows, unit: 'rows' });
  recordBenchResult({ name: `${label}: backup file size`, value: file.bytes.byteLength / 1024, unit: 'KiB' });
}

async function recordFloors(page: Page, label: string, file: BackupFile) {
  const read = await measureReadFloor(page);
  recordBenchResult({
    name: `${label}: IndexedDB read floor (getAll of every store, ${read.rows} rows)`,
    value: read.ms,
    unit: 'ms',
    baseline: backupTarget,
  });
  const write = await measureRestoreFloor(page, file.bytes);
  recordBenchResult({
    name: `${label}: IndexedDB write floor (${write.rows} plain puts, one transaction)`,
    value: write.ms,
    unit: 'ms',
    baseline: restoreTarget,
  });
  return { read: read.ms, write: write.ms };
}

/** The figure against its target, and (as a second line) against the floor measured in this run. */
function recordAgainst(name: string, value: number, target: number, floor: number): void {
  recordBenchResult({ name: `${name} vs target`, value, unit: 'ms', baseline: target });
  recordBenchResult({ name: `${name} vs IndexedDB floor`, value, unit: 'ms', baseline: floor });
}

test('backup and restore at 20,000 clients / 60,000 projects, and of the full sample book', async ({
  baseURL,
}) => {
  test.setTimeout(120 * 60_000);
  const { page, close } = await openPersistentPage(baseURL as string);
  await keepMeasuresAcrossReload(page);
  await page.goto('/#/settings');
  await page.getByLabel('How many sample clients').selectOption(String(clientCount));
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(
    page.getByText(`${clientCount.toLocaleString('en-US')} sample clients are in your client book.`),
  ).toBeVisible({ timeout: 1_200_000 });

  // The full sample book first, with its touches: one backup and its floors. A plain read of
  // the whole book goes first: right after the sample load IndexedDB is still settling its
  // 290,000 new rows, and whichever read came first would pay for that.
  await measureReadFloor(page);
  await takeMeasures(page);
  const full = await downloadBackups(page, 1);
  describeBook(fullBook, full.file);
  recordPhases(await takeMeasures(page), `${fullBook}: backup`);
  const fullFloors = await recordFloors(page, fullBook, full.file);
  recordAgainst(`${fullBook}: backup`, median(full.times), backupTarget, fullFloors.read);

  // The issue's book: the same clients and projects, no touches.
  await emptyTable(page, 'touches');
  await measureReadFloor(page);
  await watchLongTasks(page);
  await takeMeasures(page);
  const issue = await downloadBackups(page, backupRuns);
  const longest = await longestTask(page);
  describeBook(issueBook, issue.file);
  recordPhases(await takeMeasures(page), `${issueBook}: backup`);
  recordBenchResult({
    name: `${issueBook}: longest main-thread task during ${backupRuns} backups`,
    value: longest,
    unit: 'ms',
    baseline: longTaskTarget,
  });
  const floors = await recordFloors(page, issueBook, issue.file);
  recordAgainst(
    `${issueBook}: backup (median of ${backupRuns})`,
    median(issue.times),
    backupTarget,
    floors.read,
  );

  const restoreTimes: number[] = [];
  for (let run = 0; run < restoreRuns; run += 1) {
    restoreTimes.push(await restoreThroughSettings(page, issue.file));
    recordPhases(await measuresBeforeReload(page), `${issueBook}: restore into the same book`);
  }
  // A restore first backs up the current data, so its floor is a read and a write of the book.
  recordAgainst(
    `${issueBook}: restore into the same book, incl. the before-restore backup and reload (median of ${restoreRuns})`,
    median(restoreTimes),
    restoreTarget,
    floors.read + floors.write,
  );
  await close();

  const newLaptop = await openPersistentPage(baseURL as string);
  await keepMeasuresAcrossReload(newLaptop.page);
  const intoEmpty = await restoreThroughSettings(newLaptop.page, issue.file);
  recordPhases(await measuresBeforeReload(newLaptop.page), `${issueBook}: restore into an empty book`);
  recordAgainst(
    `${issueBook}: restore into an empty book (new computer), incl. reload`,
    intoEmpty,
    restoreTarget,
    floors.write,
  );

  const fullTimes: number[] = [];
  for (let run = 0; run < fullBookRestoreRuns; run += 1) {
    fullTimes.push(await restoreThroughSettings(newLaptop.page, full.file));
    recordPhases(await measuresBeforeReload(newLaptop.page), `${fullBook}: restore`);
  }
  if (fullTimes.length > 0)
    recordAgainst(
      `${fullBook}: restore over the issue book, incl. its before-restore backup and reload`,
      median(fullTimes),
      restoreTarget,
      floors.read + fullFloors.write,
    );
  await newLaptop.close();
});
