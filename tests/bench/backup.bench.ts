import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { median, recordBenchResult } from './support/benchResults';
import { openPersistentPage } from './support/persistentPage';

const clientCount = 20_000;
const backupRuns = 5;
const restoreRuns = 3;

test('backup and restore of 20,000 clients and 60,000 projects', async ({ baseURL }) => {
  const { page, close } = await openPersistentPage(baseURL as string);
  await page.goto('/#/settings');
  await page.getByLabel('How many sample clients').selectOption(String(clientCount));
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(
    page.getByText(`Sample data loaded: ${clientCount.toLocaleString('en-US')} clients.`),
  ).toBeVisible({
    timeout: 300_000,
  });

  // Main-thread tasks over 50 ms, as the browser reports them, collected while backups run.
  await page.evaluate(() => {
    const tasks: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });

  const backupTimes: number[] = [];
  let backupFile: { name: string; bytes: Buffer } | null = null;
  for (let run = 0; run < backupRuns; run += 1) {
    await page.evaluate(() => {
      (window as unknown as { longTasks: number[] }).longTasks.length = 0;
    });
    const download = page.waitForEvent('download', { timeout: 120_000 });
    const started = Date.now();
    await page.getByRole('button', { name: 'Download a backup' }).click();
    const file = await download;
    backupTimes.push(Date.now() - started);
    backupFile = { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
  }
  const longestTask = await page.evaluate(() =>
    Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks),
  );
  recordBenchResult({
    name: 'backup 20,000 clients (median)',
    value: median(backupTimes),
    unit: 'ms',
    baseline: 3000,
  });
  recordBenchResult({
    name: 'longest main-thread task during a backup',
    value: longestTask,
    unit: 'ms',
    baseline: 200,
  });
  if (!backupFile) throw new Error('no backup was downloaded');
  recordBenchResult({
    name: 'backup file size, 20,000 clients',
    value: backupFile.bytes.byteLength / 1024,
    unit: 'KiB',
  });

  const restoreTimes: number[] = [];
  for (let run = 0; run < restoreRuns; run += 1) {
    await page.goto('/#/settings');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Restore from a file…' }).click();
    await (await chooser).setFiles({
      name: backupFile.name,
      mimeType: 'application/octet-stream',
      buffer: backupFile.bytes,
    });
    const confirm = page.getByRole('button', { name: 'Back up current data and restore' });
    await confirm.waitFor({ timeout: 60_000 });
    const started = Date.now();
    await confirm.click();
    await expect(page.getByRole('status').filter({ hasText: /Restored / })).toBeVisible({ timeout: 300_000 });
    restoreTimes.push(Date.now() - started);
  }
  recordBenchResult({
    name: 'restore 20,000 clients, incl. the before-restore backup and reload (median)',
    value: median(restoreTimes),
    unit: 'ms',
    baseline: 15_000,
  });
  await close();
});
