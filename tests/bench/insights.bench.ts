import { expect, type Page, test } from '@playwright/test';
import { median, recordBenchResult } from './support/benchResults';
import { armAppearanceTimer, elapsedMs, startTimer } from './support/inPageTiming';
import { openPersistentPage } from './support/persistentPage';

/** 20,000 as the issue asks; CLIENTELE_BENCH_CLIENTS=2000 where loading 20,000 cannot finish (a loaded machine). */
const clientCount = Number(process.env.CLIENTELE_BENCH_CLIENTS ?? 20_000);
const runs = 7;
const restarts = 3;
const screenTargetMs = 300;
const longTaskTargetMs = 200;
const traceTargetMs = 50;

/** Each screen, its sidebar link, and what shows once its figures are there and current. */
const screens = [
  ['home', '/', '.home-page:not(:has(.figures-updating)) .headline-figures'],
  ['customer data', '/insights', '.insights-page:not(:has(.figures-updating)) .figure-table'],
  ['marketing', '/marketing', '.insights-page:not(:has(.figures-updating)) .figure-table'],
] as const;

/** The longest main-thread task since the last call, from a PerformanceObserver set up at load. */
async function longestTaskSinceLastAsk(page: Page): Promise<number> {
  return page.evaluate(() => {
    const state = window as unknown as { __longTasks?: number[] };
    const longest = Math.max(0, ...(state.__longTasks ?? []));
    state.__longTasks = [];
    return longest;
  });
}

async function onSettings(page: Page, reload: boolean): Promise<void> {
  await page.goto('/#/settings');
  if (reload) await page.reload();
  await expect(
    page.getByText(`${clientCount.toLocaleString('en-US')} sample clients are in your client book.`),
  ).toBeVisible({ timeout: 120_000 });
  await longestTaskSinceLastAsk(page);
}

/** From a click on the sidebar link to the current figures painted, and the longest task meanwhile. */
async function openScreen(page: Page, link: string, selector: string) {
  await armAppearanceTimer(page, selector, false);
  await startTimer(page, `nav a[href="#${link}"]`);
  const ms = await elapsedMs(page);
  return { ms, longest: await longestTaskSinceLastAsk(page) };
}

/** How many clients and projects the book really holds (the generator varies projects per client). */
async function bookSize(page: Page): Promise<{ clients: number; projects: number }> {
  return page.evaluate(async () => {
    const request = indexedDB.open('clientele');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const count = (store: string) =>
      new Promise<number>((resolve, reject) => {
        const counting = db.transaction(store).objectStore(store).count();
        counting.onsuccess = () => resolve(counting.result);
        counting.onerror = () => reject(counting.error);
      });
    const size = { clients: await count('clients'), projects: await count('projects') };
    db.close();
    return size;
  });
}

function verdict(value: number, target: number): string {
  return `${value.toFixed(0)} ms (target ≤ ${target} ms: ${value <= target ? 'met' : 'NOT met'})`;
}

function record(name: string, times: number[], longest: number): void {
  recordBenchResult({
    name: `${name} → figures shown (median)`,
    value: median(times),
    unit: 'ms',
    baseline: screenTargetMs,
  });
  recordBenchResult({
    name: `${name}: longest main-thread task`,
    value: longest,
    unit: 'ms',
    baseline: longTaskTargetMs,
  });
  console.log(
    `${name}: ${times.length > 1 ? 'median ' : ''}${verdict(median(times), screenTargetMs)}; longest task ${verdict(longest, longTaskTargetMs)}; runs (ms): ${times.map((t) => t.toFixed(0)).join(' ')}`,
  );
}

test(`insights with ${clientCount.toLocaleString('en-US')} sample clients`, async ({ baseURL }) => {
  test.setTimeout(1_800_000);
  const { page, close } = await openPersistentPage(baseURL as string);
  await page.addInitScript(() => {
    const state = window as unknown as { __longTasks?: number[] };
    state.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.__longTasks?.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto('/#/settings');
  await page.getByLabel('How many sample clients').selectOption(String(clientCount));
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(
    page.getByText(`${clientCount.toLocaleString('en-US')} sample clients are in your client book.`),
  ).toBeVisible({ timeout: 900_000 });
  const size = await bookSize(page);
  console.log(
    `Book under test: ${size.clients.toLocaleString('en-US')} clients, ${size.projects.toLocaleString('en-US')} projects`,
  );
  recordBenchResult({ name: 'insights book: clients', value: size.clients, unit: 'clients' });
  recordBenchResult({ name: 'insights book: projects', value: size.projects, unit: 'projects' });

  // Cold: the first figures for data that just changed, worked out in the worker (home also
  // reads the whole book into the worker; the screens after it reuse that read).
  await onSettings(page, true);
  for (const [name, link, selector] of screens) {
    const { ms, longest } = await openScreen(page, link, selector);
    record(`cold: open ${name}, first computation`, [ms], longest);
    await page.goto('/#/settings');
    await longestTaskSinceLastAsk(page);
  }

  // After a restart with the data unchanged: the figures saved last time, read from disk.
  for (const [name, link, selector] of screens) {
    const times: number[] = [];
    let longest = 0;
    for (let run = 0; run < restarts; run += 1) {
      await onSettings(page, true);
      const opened = await openScreen(page, link, selector);
      times.push(opened.ms);
      longest = Math.max(longest, opened.longest);
    }
    record(`after a restart: open ${name}`, times, longest);
  }

  // Warm: opening a screen again in the same session.
  for (const [name, link, selector] of screens) {
    const times: number[] = [];
    let longest = 0;
    for (let run = 0; run < runs; run += 1) {
      await onSettings(page, false);
      const opened = await openScreen(page, link, selector);
      times.push(opened.ms);
      longest = Math.max(longest, opened.longest);
    }
    record(`warm: open ${name} again`, times, longest);
  }

  await page.goto('/#/marketing/trace');
  const card = page.locator('.trace-client');
  await card.waitFor({ timeout: 120_000 });
  await longestTaskSinceLastAsk(page);
  const traceTimes: number[] = [];
  for (let run = 0; run < 15; run += 1) {
    const shown = await card.getAttribute('data-client-id');
    await armAppearanceTimer(page, `.trace-client:not([data-client-id="${shown}"])`, true);
    await page.keyboard.press(run % 2 ? 's' : 'a');
    traceTimes.push(await elapsedMs(page));
  }
  const traceLongest = await longestTaskSinceLastAsk(page);
  recordBenchResult({
    name: 'reverse tracking: key → next client shown (median)',
    value: median(traceTimes),
    unit: 'ms',
    baseline: traceTargetMs,
  });
  recordBenchResult({
    name: 'reverse tracking: longest main-thread task',
    value: traceLongest,
    unit: 'ms',
    baseline: longTaskTargetMs,
  });
  console.log(
    `reverse tracking, key → next client: median ${verdict(median(traceTimes), traceTargetMs)}; longest task ${verdict(traceLongest, longTaskTargetMs)}; runs (ms): ${traceTimes.map((t) => t.toFixed(0)).join(' ')}`,
  );
  await close();
});
