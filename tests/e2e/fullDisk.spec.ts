import { expect, type Page, test } from '@playwright/test';
import { acmeRocketWorks, addBusinessClient, goToClients, openFreshApp } from './support/clientBook';
import { chooseFile, csvFile, openImportScreen } from './support/importExport';

/**
 * The disk fills up in the middle of an import. Chromium's quota cannot be made to fail a write
 * here (CDP Storage.overrideQuotaForOrigin did not), so the import worker is served with a
 * prelude that makes its third client write fail as IndexedDB does when the disk is full.
 */
async function fillDiskDuringImport(page: Page): Promise<void> {
  const prelude = `{
    let clientWritesLeft = 2;
    for (const method of ['put', 'add']) {
      const write = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (...args) {
        if (this.name === 'clients' && --clientWritesLeft < 0)
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return write.apply(this, args);
      };
    }
  }\n`;
  await page.route('**/assets/importWorker-*.js', async (route) => {
    const original = await route.fetch();
    await route.fulfill({ response: original, body: prelude + (await original.text()) });
  });
}

const contacts = csvFile('contacts.csv', [
  ['Name', 'E-mail', 'Customer', 'Town'],
  ['Ana Ruiz', 'ana@ruiz.example', 'Ruiz Estudio', 'Madrid'],
  ['Bob Stone', 'bob@stone.example', 'Stone & Sons Ltd', 'Bristol'],
  ['Cara Díaz', 'cara@diaz.example', '', 'Sevilla'],
  ['Dan Wu', 'dan@wu.example', '', 'New York'],
]);

test('a disk that fills up during an import leaves the book as it was and says what to do', async ({
  page,
}) => {
  await fillDiskDuringImport(page);
  await openFreshApp(page);
  await addBusinessClient(page, acmeRocketWorks);

  await openImportScreen(page);
  await chooseFile(page, contacts);
  await page.getByRole('button', { name: 'Import 4 clients' }).click();
  await expect(
    page
      .getByText(
        'The import was not saved: there is no room left to store it (the disk or the storage Clientele may use is full). Nothing was changed. Free some disk space, then try again.',
      )
      .first(),
  ).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: test.info().outputPath('import-full-disk.png') });
  await expect(page.getByText('No imports yet.')).toBeVisible();

  await goToClients(page);
  await expect(page.getByText('1 client', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: /Acme Rocket Works/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Ruiz Estudio|Stone & Sons/ })).toHaveCount(0);
});
