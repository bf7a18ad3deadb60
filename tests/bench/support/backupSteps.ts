import { readFile } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';
import { readBackupHead } from '@shared/backup';
import { chooseBackupFile } from '../../e2e/support/backups';
import { nav } from '../../e2e/support/screens';
import { median, recordBenchResult } from './benchResults';

/** What the backup bench does through the Settings panel, and how it reads the worker's steps. */

export interface BackupFile {
  name: string;
  bytes: Buffer;
  rowCounts: Record<string, number>;
  rows: number;
}

interface Measure {
  name: string;
  duration: number;
}

/** The worker's steps, as the window records them (performance measures named "backup …"). */
export async function takeMeasures(page: Page): Promise<Measure[]> {
  return page.evaluate(() => {
    const measures = performance
      .getEntriesByType('measure')
      .filter((entry) => entry.name.startsWith('backup '))
      .map((entry) => ({ name: entry.name, duration: entry.duration }));
    performance.clearMeasures();
    return measures;
  });
}

export function recordPhases(measures: Measure[], label: string): void {
  const byName = new Map<string, number[]>();
  for (const { name, duration } of measures) byName.set(name, [...(byName.get(name) ?? []), duration]);
  for (const [name, durations] of byName)
    recordBenchResult({ name: `${label}: ${name} (median)`, value: median(durations), unit: 'ms' });
}

/** Clicks "Download a backup" `runs` times; resolves with each run's ms and the last file. */
export async function downloadBackups(
  page: Page,
  runs: number,
): Promise<{ times: number[]; file: BackupFile }> {
  const times: number[] = [];
  let bytes: Buffer | null = null;
  let name = '';
  for (let run = 0; run < runs; run += 1) {
    const download = page.waitForEvent('download', { timeout: 600_000 });
    const started = Date.now();
    await page.getByRole('button', { name: 'Download a backup' }).click();
    const file = await download;
    times.push(Date.now() - started);
    name = file.suggestedFilename();
    bytes = await readFile(await file.path());
    // The button comes back once the bridge has the file: the next run starts from a quiet panel.
    await expect(page.getByRole('button', { name: 'Download a backup' })).toBeEnabled({ timeout: 60_000 });
  }
  if (!bytes) throw new Error('no backup was downloaded');
  const head = readBackupHead(new Uint8Array(bytes));
  if (!head.ok) throw new Error(head.reason);
  const rowCounts = head.value.manifest.rowCounts;
  const rows = Object.values(rowCounts).reduce((sum, count) => sum + count, 0);
  return { times, file: { name, bytes, rowCounts, rows } };
}

/** Restores the file through Settings; resolves with the ms from "restore" to the restored page. */
export async function restoreThroughSettings(page: Page, file: BackupFile): Promise<number> {
  await page.goto('/#/settings');
  await chooseBackupFile(page, file);
  const confirm = page.getByRole('button', { name: 'Back up current data and restore' });
  await confirm.waitFor({ timeout: 600_000 });
  const started = Date.now();
  // The restore ends by reloading the window; the note of an earlier restore may still show.
  const reloaded = page.waitForEvent('load', { timeout: 1_200_000 });
  await confirm.click();
  await reloaded;
  await expect(page.getByRole('status').filter({ hasText: /Restored / })).toBeVisible({ timeout: 600_000 });
  return Date.now() - started;
}

/** Keeps the window's measures across the reload that ends a restore. */
export async function keepMeasuresAcrossReload(page: Page): Promise<void> {
  await page.addInitScript(() => {
    addEventListener('pagehide', () => {
      const measures = performance
        .getEntriesByType('measure')
        .filter((entry) => entry.name.startsWith('backup '))
        .map((entry) => ({ name: entry.name, duration: entry.duration }));
      sessionStorage.setItem('bench:measures', JSON.stringify(measures));
    });
  });
}

export async function measuresBeforeReload(page: Page): Promise<Measure[]> {
  return page.evaluate(() => JSON.parse(sessionStorage.getItem('bench:measures') ?? '[]') as Measure[]);
}

/**
 * Starts collecting main-thread tasks over 50 ms, as the browser reports them. The screens first
 * finish their own work on the book (3 s without a long task), so what is collected afterwards
 * is the backup's and not the sample load's.
 */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const tasks: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = tasks;
    let lastTaskAt = performance.now();
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
      lastTaskAt = performance.now();
    }).observe({ type: 'longtask' });
    while (performance.now() - lastTaskAt < 3000) await new Promise((resolve) => setTimeout(resolve, 500));
    tasks.length = 0;
  });
}

export async function longestTask(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks));
}

/**
 * Empties one table of the app's database with plain IndexedDB, so the bench can measure the
 * book the issue names (the sample also logs ~10 touches per client). The page is reloaded so
 * every screen starts from the smaller book.
 */
export async function emptyTable(page: Page, table: string): Promise<void> {
  await page.evaluate(async (name) => {
    const app = await new Promise<IDBDatabase>((resolve, reject) => {
      const opening = indexedDB.open('clientele');
      opening.onsuccess = () => resolve(opening.result);
      opening.onerror = () => reject(opening.error);
    });
    await new Promise<void>((resolve, reject) => {
      const transaction = app.transaction(name, 'readwrite');
      transaction.objectStore(name).clear();
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
    });
    app.close();
  }, table);
  await page.reload();
  await settleOnSettings(page);
}

/**
 * Opens the client list until its first rows show (the app has read the book it starts with),
 * then Settings: timing starts from an app at rest, as when a person clicks "Download a backup".
 */
async function settleOnSettings(page: Page): Promise<void> {
  await nav(page, 'Clients').click();
  await page
    .locator('.client-list[aria-busy="false"] .client-list__link')
    .first()
    .waitFor({ timeout: 600_000 });
  await nav(page, 'Settings').click();
  await page.getByRole('button', { name: 'Download a backup' }).waitFor({ timeout: 600_000 });
}
