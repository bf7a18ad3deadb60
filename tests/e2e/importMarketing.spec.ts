import { expect, test } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility';
import { openFreshApp } from './support/clientBook';
import { chooseFile, csvFile, openImportScreen, problemRows } from './support/importExport';
import { look, nav } from './support/screens';

const leads = csvFile('leads.csv', [
  ['Name', 'Email', 'Source', 'Campaign'],
  ['Ana Ruiz', 'ana@ruiz.example', 'LinkedIn', 'autumn workshop'],
  ['Bob Stone', 'bob@stone.example', 'Referral', 'Autumn Workshop'],
  ['Cara Diaz', 'cara@diaz.example', 'Newsletter', 'Spring fair 2025'],
  ['Dan Ode', 'dan@ode.example', 'Google', ''],
]);

test('import a CSV with Source and Campaign columns: the clients count under their activity on Marketing', async ({
  page,
}) => {
  await openFreshApp(page);
  await nav(page, 'Marketing').click();
  await page.getByRole('link', { name: 'Add activity' }).click();
  await page.getByLabel('Name').fill('Autumn workshop');
  await page.getByRole('button', { name: 'Save activity' }).click();
  await expect(page.getByRole('table', { name: 'Marketing activities' })).toContainText('Autumn workshop');

  await openImportScreen(page);
  await chooseFile(page, leads);
  await expect(page.getByLabel('Import column “Source” as')).toHaveValue('marketingChannel');
  await expect(page.getByLabel('Import column “Campaign” as')).toHaveValue('marketingActivity');
  const unknown = problemRows(page).filter({ hasText: 'Spring fair 2025' });
  await expect(unknown).toContainText('"Spring fair 2025" is not one of your marketing activities.');
  await expect(unknown).toContainText('Campaign');
  await expect(unknown).toContainText('the activity is created with the import');
  await expect(unknown.getByRole('cell').first()).toHaveText('4');
  await expectNoSeriousAccessibilityViolations(page);
  await look(page, 'import-marketing-preview');
  await page.getByRole('button', { name: 'Import 4 clients' }).click();
  await expect(page.getByRole('heading', { name: 'Import finished' })).toBeVisible();

  await nav(page, 'Marketing').click();
  const activities = page.getByRole('table', { name: 'Marketing activities' });
  const workshop = activities
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: 'Autumn workshop' }) });
  await expect(workshop.getByRole('button', { name: /^2 clients/ })).toBeVisible();
  const fair = activities
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: 'Spring fair 2025' }) });
  await expect(fair).toContainText('Newsletter');
  await expect(fair.getByRole('button', { name: /^1 client/ })).toBeVisible();
  await look(page, 'import-marketing-activities');
  await workshop.getByRole('button', { name: /^2 clients/ }).click();
  await expect(page.getByText('Showing 2 of 4 clients')).toBeVisible();
});
