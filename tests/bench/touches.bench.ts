import { expect, type Page, test } from '@playwright/test';
import { median, recordBenchResult } from './support/benchResults';
import { armAppearanceTimer, elapsedMs, startTimer } from './support/inPageTiming';
import { openPersistentPage } from './support/persistentPage';

const clientCount = 20_000;
const runs = 11;
const targetMs = 100;
const firstRow = '.client-list[aria-busy="false"] .client-list__link';

/** Picks a sort in the toolbar and times, in the page, until the first row shows the new order. */
async function timeSort(page: Page, value: string): Promise<number> {
  return page.evaluate(async (value) => {
    const select = document.getElementById('client-sort') as HTMLSelectElement;
    const before = document.querySelector('.client-list__link')?.textContent;
    const setValue = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set;
    const started = performance.now();
    setValue?.call(select, value);
    select.dispatchEvent(new Event('change', { bubbles: true }));
    return new Promise<number>((resolve) => {
      const check = () => {
        const link = document.querySelector('.client-list[aria-busy="false"] .client-list__link');
        if (link && link.textContent !== before)
          requestAnimationFrame(() => resolve(performance.now() - started));
        else requestAnimationFrame(check);
      };
      check();
    });
  }, value);
}

test('relationship log with 20,000 clients and about 200,000 touches', async ({ baseURL }) => {
  test.setTimeout(900_000);
  const { page, close } = await openPersistentPage(baseURL as string);
  await page.goto('/#/settings');
  await page.getByLabel('How many sample clients').selectOption(String(clientCount));
  const loadStarted = Date.now();
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(
    page.getByText(`${clientCount.toLocaleString('en-US')} sample clients are in your client book.`),
  ).toBeVisible({
    timeout: 600_000,
  });
  recordBenchResult({
    name: 'load 20,000 sample clients with touches',
    value: Date.now() - loadStarted,
    unit: 'ms',
  });
  const touchCount = await page.evaluate(async () => {
    const request = indexedDB.open('clientele');
    const db = await new Promise<IDBDatabase>((resolve) => {
      request.onsuccess = () => resolve(request.result);
    });
    const count = db.transaction('touches').objectStore('touches').count();
    return new Promise<number>((resolve) => {
      count.onsuccess = () => resolve(count.result);
    });
  });
  console.log(`touches stored: ${touchCount}`);

  // Follow-ups list: from the navigation click to the due follow-ups shown on Home.
  const followUpTimes: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    await page.goto('/#/settings');
    await expect(page.getByText('20,000 sample clients are in your client book.')).toBeVisible({
      timeout: 60_000,
    });
    await armAppearanceTimer(page, '.due-follow-ups__item', false);
    await startTimer(page, 'nav a[href="#/"]');
    followUpTimes.push(await elapsedMs(page));
  }
  recordBenchResult({
    name: 'open Home → due follow-ups shown (median)',
    value: median(followUpTimes),
    unit: 'ms',
    baseline: targetMs,
  });

  // Sorting by last contacted, alternating with the name order so every run changes the rows.
  await page.goto('/#/clients');
  await page.locator(firstRow).first().waitFor();
  const sortTimes: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    sortTimes.push(await timeSort(page, run % 2 === 0 ? 'lastContacted:asc' : 'lastContacted:desc'));
  }
  recordBenchResult({
    name: 'sort client list by last contacted → rows shown (median)',
    value: median(sortTimes),
    unit: 'ms',
    baseline: targetMs,
  });

  // Client timeline: from clicking a client in the list to its timeline shown.
  const timelineTimes: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    await page.goto('/#/clients');
    await page
      .locator(firstRow)
      .nth(run % 5)
      .waitFor();
    // Loaded is shown: a client with no touches or projects shows its empty timeline instead of entries.
    await armAppearanceTimer(page, '.timeline[aria-busy="false"]', false);
    await startTimer(page, `.client-list__row:nth-child(${(run % 5) + 1}) .client-list__link`);
    timelineTimes.push(await elapsedMs(page));
  }
  recordBenchResult({
    name: 'open a client → timeline shown (median)',
    value: median(timelineTimes),
    unit: 'ms',
    baseline: targetMs,
  });
  console.log(`follow-ups (ms): ${followUpTimes.map((t) => t.toFixed(0)).join(' ')}`);
  console.log(`sort (ms): ${sortTimes.map((t) => t.toFixed(0)).join(' ')}`);
  console.log(`timeline (ms): ${timelineTimes.map((t) => t.toFixed(0)).join(' ')}`);
  await close();
});
