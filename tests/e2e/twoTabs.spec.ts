import { expect, type Page, test } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility';
import { acmeRocketWorks, addBusinessClient, goToClients, openFreshApp } from './support/clientBook';
import { chooseFile, csvFile, openImportScreen } from './support/importExport';

const acme = acmeRocketWorks;

const screenshot = (name: string) => test.info().outputPath(name);

// Two pages on a shared 2-core machine take longer than one.
test.describe.configure({ timeout: 150_000 });

async function openClientForm(page: Page, organization: string): Promise<void> {
  await goToClients(page);
  await page.getByRole('link', { name: new RegExp(organization) }).click();
  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit client' })).toBeVisible();
}

test('two tabs editing one client: the later save shows what changed and keeps both edits', async ({
  context,
}) => {
  const first = await context.newPage();
  await openFreshApp(first);
  await addBusinessClient(first, acme);
  const second = await context.newPage();
  await second.goto('/');

  // The second tab opens the form first; the first tab then saves a note.
  await openClientForm(second, acme.organization);
  await openClientForm(first, acme.organization);
  await first.getByLabel('Notes').fill('Invoices go through Peppol.');
  await first.getByRole('button', { name: 'Save changes' }).click();
  await expect(first.getByText('Invoices go through Peppol.')).toBeVisible();

  await second.getByLabel('Business name').fill('Acme Rocket Works Ltd');
  await second.getByRole('button', { name: 'Save changes' }).click();

  const dialog = second.getByRole('dialog', { name: 'This client changed while you were editing' });
  await expect(dialog).toBeVisible();
  const notes = dialog.getByRole('group', { name: /^Notes/ });
  await expect(notes).toContainText('changed elsewhere');
  await expect(notes.getByRole('radio', { name: /Saved: Invoices go through Peppol\./ })).toBeChecked();
  const name = dialog.getByRole('group', { name: /^Organization/ });
  await expect(name).toContainText('changed by you');
  await expect(name.getByRole('radio', { name: /Yours: Acme Rocket Works Ltd/ })).toBeChecked();
  await second.bringToFront();
  await expectNoSeriousAccessibilityViolations(second);
  await second.setViewportSize({ width: 1366, height: 800 });
  await second.screenshot({ path: screenshot('conflict-1366.png') });
  await second.setViewportSize({ width: 900, height: 700 });
  await second.screenshot({ path: screenshot('conflict-900.png') });

  await dialog.getByRole('button', { name: 'Save with these choices' }).click();
  await expect(second.getByRole('heading', { level: 1, name: 'Acme Rocket Works Ltd' })).toBeVisible();
  await expect(second.getByText('Invoices go through Peppol.')).toBeVisible();

  await first.reload();
  await expect(first.getByRole('heading', { level: 1, name: 'Acme Rocket Works Ltd' })).toBeVisible();
  await expect(first.getByText('Invoices go through Peppol.')).toBeVisible();
});

const contacts = csvFile('contacts.csv', [
  ['Name', 'Email', 'Company'],
  ['Bob Stone', 'bob@stone.example', 'Stone & Sons Ltd'],
  ['Cara Díaz', 'cara@diaz.example', ''],
]);

test('two tabs: a client added in one is listed in the other, and one file imported in both adds its clients once', async ({
  context,
}) => {
  const first = await context.newPage();
  await openFreshApp(first);
  const second = await context.newPage();
  await second.goto('/');
  await goToClients(second);

  await addBusinessClient(first, acme);
  await expect(second.getByRole('link', { name: /Acme Rocket Works/ })).toBeVisible();
  await expect(second.getByText('1 client', { exact: true })).toBeVisible();

  // Both tabs read the file before either imports it.
  for (const page of [first, second]) {
    await openImportScreen(page);
    await chooseFile(page, contacts);
    await expect(page.getByRole('button', { name: 'Import 2 clients' })).toBeVisible();
  }
  await first.getByRole('button', { name: 'Import 2 clients' }).click();
  await expect(first.getByRole('heading', { name: 'Import finished' })).toBeVisible();
  await second.getByRole('button', { name: 'Import 2 clients' }).click();
  await expect(second.getByRole('heading', { name: 'Import finished' })).toBeVisible();

  for (const page of [first, second]) {
    await goToClients(page);
    await expect(page.getByText('3 clients', { exact: true })).toBeVisible();
  }
  await second.reload();
  await goToClients(second);
  await expect(second.getByText('3 clients', { exact: true })).toBeVisible();
  await expect(second.getByRole('link', { name: /Bob Stone|Stone & Sons/ })).toHaveCount(1);
});
