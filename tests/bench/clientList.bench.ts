import { expect, test } from '@playwright/test';
import { median, recordBenchResult } from './support/benchResults';
import { armAppearanceTimer, elapsedMs, startTimer } from './support/inPageTiming';

const clientCount = 20_000;
const runs = 15;
const targetMs = 100;

test('client list with 20,000 clients and 60,000 projects', async ({ page }) => {
  await page.goto('/#/settings');
  await page.getByLabel('How many sample clients').selectOption(String(clientCount));
  const loadStarted = Date.now();
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(
    page.getByText(`Sample data loaded: ${clientCount.toLocaleString('en-US')} clients.`),
  ).toBeVisible({
    timeout: 120_000,
  });
  recordBenchResult({
    name: 'load 20,000 sample clients + 60,000 projects',
    value: Date.now() - loadStarted,
    unit: 'ms',
  });
  const projects = await page.evaluate(async () => {
    const request = indexedDB.open('clientele');
    const db = await new Promise<IDBDatabase>((resolve) => {
      request.onsuccess = () => resolve(request.result);
    });
    const count = db.transaction('projects').objectStore('projects').count();
    return new Promise<number>((resolve) => {
      count.onsuccess = () => resolve(count.result);
    });
  });
  console.log(`Loaded ${clientCount} clients and ${projects} projects`);

  const openTimes: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    await page.goto('/#/settings');
    await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
    await armAppearanceTimer(page, '.client-list[aria-busy="false"] .client-list__link', false);
    await startTimer(page, 'nav a[href="#/"]');
    openTimes.push(await elapsedMs(page));
  }
  recordBenchResult({
    name: 'open client list → first rows shown (median)',
    value: median(openTimes),
    unit: 'ms',
    baseline: targetMs,
  });

  const search = page.getByLabel('Search clients');
  const queries = [
    'm',
    'ma',
    'mar',
    'mari',
    'maria',
    'b',
    'br',
    'bri',
    'bris',
    'brist',
    'l',
    'la',
    'law',
    's',
    'sm',
  ];
  const keystrokeTimes: number[] = [];
  for (const query of queries) {
    if (query.length === 1) await search.fill('');
    await search.focus();
    await armAppearanceTimer(page, `.client-list[data-results-for="${query}"][aria-busy="false"]`, true);
    await page.keyboard.press(query.at(-1) as string);
    keystrokeTimes.push(await elapsedMs(page));
  }
  recordBenchResult({
    name: 'keystroke in search → filtered rows shown (median)',
    value: median(keystrokeTimes),
    unit: 'ms',
    baseline: targetMs,
  });
  console.log(`open list (ms): ${openTimes.map((t) => t.toFixed(0)).join(' ')}`);
  console.log(`keystroke (ms): ${keystrokeTimes.map((t) => t.toFixed(0)).join(' ')}`);
});
