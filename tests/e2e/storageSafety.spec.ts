import { expect, type Page, test } from '@playwright/test';
import { goToClients, openFreshApp } from './support/clientBook';
import { chooseFile, csvFile, openImportScreen } from './support/importExport';

const screenshot = (name: string) => test.info().outputPath(name);

/** Lowers the storage quota of the app's origin to what it uses now plus a little room. */
async function leaveLittleRoom(page: Page, roomBytes: number): Promise<void> {
  const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  const session = await page.context().newCDPSession(page);
  await session.send('Storage.overrideQuotaForOrigin', {
    origin: new URL(page.url()).origin,
    quotaSize: usage + roomBytes,
  });
}

const longNote = 'Met at the trade fair; prefers phone calls. '.repeat(60);
const bigSheet = csvFile('big-list.csv', [
  ['Name', 'E-mail', 'Town', 'Notes'],
  ...Array.from({ length: 1500 }, (_, index) => [
    `Person ${index}`,
    `person${index}@example.com`,
    'Leeds',
    longNote,
  ]),
]);

test('an import that runs out of storage leaves the book as it was and says what to do', async ({ page }) => {
  test.setTimeout(120_000);
  await openFreshApp(page);
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(page.getByText('150 clients', { exact: true })).toBeVisible();

  await openImportScreen(page);
  await chooseFile(page, bigSheet);
  const importButton = page.getByRole('button', { name: 'Import 1,500 clients' });
  await expect(importButton).toBeVisible({ timeout: 30_000 });
  await leaveLittleRoom(page, 200 * 1024);
  await importButton.click();

  const notice = page.getByText(/^Nothing was imported: The import was not saved: there is no room left/);
  await expect(notice).toBeVisible({ timeout: 30_000 });
  await expect(notice).toContainText('Free some disk space, then try again.');
  await expect(page.getByText(/QuotaExceededError|AbortError/)).toHaveCount(0);
  await page.screenshot({ path: screenshot('import-quota-1366.png'), fullPage: true });

  await goToClients(page);
  await expect(page.getByText('150 clients', { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByText('150 clients', { exact: true })).toBeVisible();
});
