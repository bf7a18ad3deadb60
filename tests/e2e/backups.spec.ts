import { expect, test } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility';
import { chooseBackupFile, downloadBackup, goToSettings } from './support/backups';
import { goToClients, openFreshApp } from './support/clientBook';
import { goToHolidayCards } from './support/holidayCards';
import { chooseFile, csvFile, openImportScreen } from './support/importExport';
import { goToPricing, saveNewScenario } from './support/pricing';

const screenshot = (name: string) => test.info().outputPath(name);

const contacts = csvFile('friends.csv', [
  ['Name', 'E-mail', 'Customer', 'Town'],
  ['Zoë Ångström-Øster', 'zoe@example.se', 'Ångström Design AB', 'Malmö'],
  ['Renée O’Brien', 'renee@example.ie', '', 'Cork'],
]);

test('back up a full book, change and delete things, restore it, and see everything back', async ({
  page,
}) => {
  test.setTimeout(360_000);
  await openFreshApp(page);
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(page.getByText('150 clients', { exact: true })).toBeVisible();

  await goToPricing(page);
  await saveNewScenario(page, {
    name: 'Brand workshop',
    fixedCosts: [{ label: 'Room', amount: '400' }],
    variableCosts: [{ label: 'Materials', amount: '20' }],
    price: '900',
  });
  await goToHolidayCards(page);
  await page.getByRole('button', { name: 'New list for 2026' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Holiday cards 2026' })).toBeVisible();
  await openImportScreen(page);
  await chooseFile(page, contacts);
  await page.getByRole('button', { name: 'Import 2 clients' }).click();
  await expect(page.getByRole('heading', { name: 'Import finished' })).toBeVisible();

  await goToSettings(page);
  const backup = await downloadBackup(page);
  expect(backup.name).toMatch(/^clientele-backup-.*\.clientele-backup$/);
  await expect(page.getByText(/Last backup: .*152 clients/)).toBeVisible();
  await page.setViewportSize({ width: 1366, height: 800 });
  await page.screenshot({ path: screenshot('backups-panel-1366.png'), fullPage: true });
  await page.setViewportSize({ width: 900, height: 700 });
  await page.screenshot({ path: screenshot('backups-panel-900.png'), fullPage: true });
  await expectNoSeriousAccessibilityViolations(page);

  // Change and delete things.
  await page.getByRole('button', { name: 'Remove sample data' }).click();
  await expect(page.getByRole('button', { name: 'Remove sample data' })).toBeHidden();
  await goToPricing(page);
  await page.getByRole('link', { name: 'Brand workshop' }).click();
  await page.getByRole('button', { name: 'Delete' }).click();
  // Deleting goes back to the scenario list: wait for it before leaving, or it lands after.
  await expect(page.getByText('Deleted “Brand workshop”.')).toBeVisible();
  await goToClients(page);
  await expect(page.getByText('2 clients', { exact: true })).toBeVisible();

  await goToSettings(page);
  await chooseBackupFile(page, backup);
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog.getByRole('row', { name: /^Clients 2 152$/ })).toBeVisible();
  await expect(dialog.getByRole('row', { name: /^Pricing scenarios 0 1$/ })).toBeVisible();
  await page.screenshot({ path: screenshot('restore-dialog-900.png') });
  await expectNoSeriousAccessibilityViolations(page);
  const beforeRestore = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Back up current data and restore' }).click();
  expect((await beforeRestore).suggestedFilename()).toMatch(/^clientele-before-restore-/);
  await expect(page.getByRole('status').filter({ hasText: /Restored .*152 clients/ })).toBeVisible({
    timeout: 30_000,
  });

  await goToClients(page);
  await expect(page.getByText('152 clients', { exact: true })).toBeVisible();
  await page.getByRole('searchbox').fill('Ångström');
  await expect(page.getByRole('table', { name: 'Clients' })).toContainText('Zoë Ångström-Øster');
  await goToPricing(page);
  await expect(page.getByRole('link', { name: 'Brand workshop' })).toBeVisible();
  await goToHolidayCards(page);
  await expect(page.getByRole('link', { name: /Holiday cards 2026/ })).toBeVisible();
});

test('a damaged backup is refused with the reason, and the book is untouched', async ({ page }) => {
  test.setTimeout(180_000);
  await openFreshApp(page);
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(page.getByText('150 clients', { exact: true })).toBeVisible();
  await goToSettings(page);
  const backup = await downloadBackup(page);

  const damaged = Buffer.from(backup.bytes);
  damaged[damaged.length - 20] = (damaged[damaged.length - 20] ?? 0) ^ 0xff;
  await chooseBackupFile(page, { name: 'damaged.clientele-backup', bytes: damaged });
  await expect(page.getByRole('alert')).toContainText(
    'This backup cannot be restored. The backup file is damaged: its checksum does not match its contents. Nothing was changed.',
  );
  await chooseBackupFile(page, { name: 'notes.clientele-backup', bytes: Buffer.from('Name,Email\n') });
  await expect(page.getByRole('alert')).toContainText('This file is not a Clientele backup.');
  await chooseBackupFile(page, { name: 'cut.clientele-backup', bytes: backup.bytes.subarray(0, 300) });
  await expect(page.getByRole('alert')).toContainText('cut short');
  await page.screenshot({ path: screenshot('restore-refused-1366.png'), fullPage: true });
  await goToClients(page);
  await expect(page.getByText('150 clients', { exact: true })).toBeVisible();
});
