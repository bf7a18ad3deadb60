import { expect, test } from '@playwright/test';
import { googleContactsCsv } from '../support/googleContactsCsv';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility';
import {
  acmeRocketWorks,
  addBusinessClient,
  addProject,
  goToClients,
  openFreshApp,
} from './support/clientBook';
import {
  chooseAnotherFile,
  chooseFile,
  csvFile,
  dropFileOnWindow,
  dropLargeFileOnWindow,
  exportFile,
  fixtureFile,
  openImportScreen,
  problemRows,
  screenshotTall,
} from './support/importExport';

/** Screenshots of the screens, kept with the test's results for a person to look at. */
const screenshot = (name: string) => test.info().outputPath(name);

const acme = acmeRocketWorks;

/** A spreadsheet someone kept by hand: a column this app cannot guess, a bad row, a repeat. */
const contactsSheet = csvFile('contacts.csv', [
  ['Name', 'E-mail', 'Phone', 'Customer', 'Town', 'Notes'],
  [
    'Ana Ruiz',
    'ana.ruiz@acme.example',
    '+34 600 123 456',
    'Acme Rocket Works',
    'Madrid',
    'Met at the Madrid fair',
  ],
  ['Bob Stone', 'bob@stone.example', '+44 20 7946 0018', 'Stone & Sons Ltd', 'Bristol', '=1+2'],
  ['Cara Díaz', 'cara@diaz.example', '', '', 'Sevilla', ''],
  ['Dan Wu', 'not-an-email', '+1 212 555 0100', '', 'New York', ''],
  ['', '', '', '', 'Leeds', ''],
  ['Élodie Martin', 'elodie@martin.example', '', 'Atelier Martin', 'Paris', 'Prefers calls, not email'],
  ['Bob Stone', 'bob@stone.example', '', 'Stone & Sons Ltd', 'Bristol', 'Second row for Bob'],
]);

test('import a spreadsheet: fix a mapping, see problem rows, fill in a client you have, then undo it all', async ({
  page,
}) => {
  await openFreshApp(page);
  await addBusinessClient(page, acme);
  await openImportScreen(page);
  await chooseFile(page, contactsSheet);

  await expect(page.getByRole('heading', { name: 'Check the import of contacts.csv' })).toBeVisible();
  await expect(page.getByLabel('Exported from')).toHaveValue('generic');
  await expect(page.getByRole('option', { name: 'Other spreadsheet (detected)' })).toBeAttached();
  await expect(page.getByLabel('Tag for this import')).toHaveValue(
    /^Imported from a spreadsheet \d{4}-\d{2}$/,
  );

  // "Customer" means nothing to the app: it goes to the notes until the user says it is the organization.
  const customer = page.getByLabel('Import column “Customer” as');
  await expect(customer).toHaveValue('labelledNote');
  await customer.selectOption('organization');
  const firstClients = page.getByRole('table', { name: /The first \d+ clients of contacts\.csv/ });
  await expect(firstClients.getByRole('row', { name: /^3 Stone & Sons Ltd/ })).toContainText(
    'Business (B2B)',
  );
  await expect(firstClients.getByRole('row', { name: /Cara Díaz/ })).toContainText('Consumer (B2C)');
  await screenshotTall(page, screenshot('preview.png'));

  // Row 6 has nothing to recognise a client by; row 5's email is kept in the notes.
  const problems = problemRows(page);
  await expect(problems.filter({ hasText: 'no name, organization or valid email' })).toContainText('6');
  await expect(problems.filter({ hasText: 'not-an-email' })).toContainText(/^5\s*E-mail/);
  await expect(
    page.getByText('1 row cannot be imported and is left out; 1 value could not be used'),
  ).toBeVisible();
  await page.getByRole('heading', { name: 'Problems' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshot('problems.png') });
  const problemsFile = await exportFile(page, /^Download problems as CSV$/);
  expect(problemsFile.name).toBe('contacts-problems.csv');
  const problemsText = problemsFile.bytes.toString('utf8');
  expect(problemsText.startsWith('\uFEFFRow,Column,Problem,Value,What happened\r\n')).toBe(true);
  expect(problemsText).toContain(
    '5,E-mail,"""not-an-email"" is not a valid email address.",not-an-email,Imported',
  );
  expect(problemsText).toContain(
    '6,,"This row has no name, organization or valid email, so it was not imported.",,Not imported',
  );

  const counts = page.getByRole('list', { name: 'Contacts in the file' });
  await expect(counts).toContainText('4 new');
  await expect(counts).toContainText('1 duplicate of clients you have');
  await expect(counts).toContainText('0 conflicting with clients you have');
  await expect(counts).toContainText('1 repeated within the file');
  const anaRow = page.getByRole('row', { name: /Ana Ruiz/ }).filter({ hasText: 'Duplicate' });
  await expect(anaRow).toContainText('Filling would add: Person 1: phones, Notes');
  await expect(page.getByText('4 new clients will be added; 2 rows left out.')).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);

  await page.getByRole('radio', { name: /^Fill empty fields/ }).check();
  await expect(
    page.getByText('4 new clients will be added; 1 client you have will get empty fields filled.'),
  ).toBeVisible();
  // Bob's second row would add a note to his first; this one row is left out instead.
  await page.getByLabel('What to do with row 8').selectOption('skip');
  await expect(
    page.getByText(
      '4 new clients will be added; 1 client you have will get empty fields filled; 1 row left out.',
    ),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Import 4 clients' }).click();

  await expect(page.getByRole('heading', { name: 'Import finished' })).toBeVisible();
  const done =
    'Imported 4 clients and filled empty fields of 1 existing client from contacts.csv. 1 row matching a client or an earlier row was left out. 1 row had problems and was not imported.';
  await expect(page.getByRole('main').getByText(done)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Notifications' }).getByText(done)).toBeVisible();
  await screenshotTall(page, screenshot('result-and-history.png'));
  await expectNoSeriousAccessibilityViolations(page);

  await goToClients(page);
  await expect(page.getByText('5 clients', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: /Acme Rocket Works/ }).click();
  await expect(page.getByText('+34 600 123 456')).toBeVisible();

  await openImportScreen(page);
  await page.getByRole('button', { name: 'Undo: 4 clients from contacts.csv' }).click();
  await expect(
    page.getByText(
      'Removed 4 clients imported from contacts.csv. Put back 1 client as they were before the import.',
    ),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: 'Imports, newest first' })).toContainText('Undone');
  await goToClients(page);
  await expect(page.getByText('1 client', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: /Acme Rocket Works/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Acme Rocket Works' })).toBeVisible();
  await expect(page.getByText('+34 600 123 456')).toHaveCount(0);
});

test('export clients, projects and vCards, then import the exports again: all duplicates, nothing created', async ({
  page,
}) => {
  await openFreshApp(page);
  await addBusinessClient(page, acme);
  await addProject(page, {
    title: 'Website redesign',
    service: 'Web design',
    status: 'Completed',
    start: '2025-02-01',
    end: '2025-04-15',
    invoice: '2025-04-30',
    amount: '8,500.00',
  });
  await openImportScreen(page);
  await chooseFile(page, contactsSheet);
  await page.getByLabel('Import column “Customer” as').selectOption('organization');
  await page.getByRole('button', { name: 'Import 4 clients' }).click();
  await expect(page.getByRole('heading', { name: 'Import finished' })).toBeVisible();

  const clients = await exportFile(page, /^Export clients for a spreadsheet \(5 clients\)/);
  expect(clients.name).toMatch(/^clients-\d{4}-\d{2}-\d{2}\.csv$/);
  expect([...clients.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const clientsText = clients.bytes.toString('utf8');
  expect(clientsText).toContain('Acme Rocket Works');
  expect(clientsText).toContain('Élodie');
  // Bob's notes "=1+2" would run as a formula in a spreadsheet; the export makes it text.
  expect(clientsText).toMatch(/,'=1\+2[,\r\n]/);

  const projects = await exportFile(page, /^Export projects as CSV \(1 project\)/);
  const projectsText = projects.bytes.toString('utf8');
  expect([...projects.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(projectsText).toContain('Acme Rocket Works,Website redesign,Web design,Completed');
  expect(projectsText).toMatch(/,8500,USD,/);

  const vcard4 = await exportFile(page, /^Export clients as vCard 4\.0/);
  expect(vcard4.name).toMatch(/\.vcf$/);
  const vcard4Text = vcard4.bytes.toString('utf8');
  expect(vcard4Text.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\n')).toBe(true);
  expect(vcard4Text).toContain('FN:Élodie Martin');
  const vcard3 = await exportFile(page, /^Export clients as vCard 3\.0/);
  expect(vcard3.bytes.toString('utf8')).toContain('VERSION:3.0');

  for (const exported of [
    {
      name: clients.name,
      mimeType: 'text/csv',
      buffer: clients.bytes,
      source: 'Clientele export (detected)',
    },
    { name: vcard4.name, mimeType: 'text/vcard', buffer: vcard4.bytes, source: '' },
  ]) {
    // After an import, "Import another file" leads back to the file step; on a preview,
    // "Choose another file…" opens the file picker at once.
    const importAnother = page.getByRole('button', { name: 'Import another file' });
    if (await importAnother.isVisible()) {
      await importAnother.click();
      await chooseFile(page, exported);
    } else {
      await chooseAnotherFile(page, exported);
    }
    await expect(page.getByRole('heading', { name: `Check the import of ${exported.name}` })).toBeVisible();
    if (exported.source) await expect(page.getByRole('option', { name: exported.source })).toBeAttached();
    const counts = page.getByRole('list', { name: 'Contacts in the file' });
    await expect(counts).toContainText('0 new');
    await expect(counts).toContainText('5 duplicates of clients you have');
    await expect(
      page.getByText('Nothing to import: all 5 rows match clients you have and are left out.'),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  }
  await goToClients(page);
  await expect(page.getByText('5 clients', { exact: true })).toBeVisible();
});

test('a file dropped anywhere on the window opens in the import; refused files say why', async ({ page }) => {
  await openFreshApp(page);
  await expect(page.getByRole('link', { name: 'Import contacts' })).toBeVisible();

  await dropFileOnWindow(page, fixtureFile('google.csv'));
  await expect(page.getByRole('heading', { name: 'Check the import of google.csv' })).toBeVisible();
  await expect(page.getByLabel('Exported from')).toHaveValue('google');
  await expect(page.getByRole('option', { name: 'Google Contacts (detected)' })).toBeAttached();
  await expect(page.getByText('Each new client also gets the tag “Imported from Google')).toBeVisible();
  await expect(page.getByRole('table', { name: /The first \d+ clients of google\.csv/ })).toContainText(
    'Atelier Lumière',
  );
  await expectNoSeriousAccessibilityViolations(page);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: screenshot('narrow-preview.png') });
  await page.getByRole('heading', { name: 'Clients you already have' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshot('narrow-duplicates.png') });
  await page.setViewportSize({ width: 1280, height: 720 });

  await goToClients(page);
  await dropFileOnWindow(page, fixtureFile('binary-junk.bin', 'application/octet-stream'));
  const refusal = page.getByRole('alert').filter({ hasText: 'This file cannot be imported' });
  await expect(refusal).toContainText('binary-junk.bin cannot be imported. This file is not text');

  await dropLargeFileOnWindow(page, 'everything.csv', 101);
  await expect(refusal).toContainText(
    '"everything.csv" is 101 MB; Clientele opens contacts files up to 100 MB.',
  );

  // From the keyboard: the picker opens with Enter on the focused button.
  await page.getByRole('button', { name: 'Choose a file…' }).focus();
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  await (await chooser).setFiles(fixtureFile('empty.csv'));
  await expect(refusal).toContainText('empty.csv cannot be imported. The file is empty.');
  await expectNoSeriousAccessibilityViolations(page);
});

test('cancelling while reading or while saving a large file writes nothing', async ({ page }) => {
  test.setTimeout(180_000);
  const large = {
    name: 'google-60k.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(googleContactsCsv(60_000, 7), 'utf8'),
  };
  await openFreshApp(page);
  await openImportScreen(page);

  await chooseFile(page, large);
  const cancel = page.getByRole('button', { name: 'Cancel' });
  await expect(
    page.getByRole('progressbar', { name: /^Reading the file|^Turning rows into clients/ }),
  ).toBeVisible();
  await cancel.press('Enter');
  await expect(page.getByText('Stopped reading google-60k.csv. Nothing was imported.')).toBeVisible();

  await chooseFile(page, large);
  await page.getByRole('button', { name: /^Import [\d,]+ clients$/ }).click({ timeout: 120_000 });
  await expect(page.getByRole('progressbar', { name: /^Saving the clients/ })).toBeVisible();
  await cancel.press('Enter');
  await expect(page.getByText('Import cancelled. Nothing was written.')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('heading', { name: 'Check the import of google-60k.csv' })).toBeVisible();
  await expect(page.getByText('No imports yet.')).toBeVisible();
  await goToClients(page);
  await expect(page.getByRole('heading', { name: 'Welcome to Clientele' })).toBeVisible();
});
