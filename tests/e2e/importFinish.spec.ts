import { expect, type Page, test } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility';
import { addBusinessClient, openFreshApp } from './support/clientBook';
import {
  chooseAnotherFile,
  chooseFile,
  csvFile,
  exportFile,
  fixtureFile,
  openImportScreen,
} from './support/importExport';

const screenshot = (name: string) => test.info().outputPath(name);

const sizes = [
  { name: 'wide', width: 1366, height: 800 },
  { name: 'narrow', width: 900, height: 700 },
] as const;

const googleHeader = [
  'First Name',
  'Last Name',
  'Organization Name',
  'Organization Title',
  'E-mail 1 - Label',
  'E-mail 1 - Value',
  'Phone 1 - Label',
  'Phone 1 - Value',
  'Address 1 - City',
  'Address 1 - Country',
  'Notes',
];

/** A Google Contacts export: a city council, a ministry by its .gouv.fr address, a business. */
const googleFile = csvFile('contacts.csv', [
  googleHeader,
  [
    'Ana',
    'Ruiz',
    'City of Boston',
    'Buyer',
    '* Work',
    'ana.ruiz@cityhall.example',
    'Work',
    '+1 617 555 0100',
    'Boston',
    'United States',
    '',
  ],
  [
    'Élodie',
    'Martin',
    'Direction des achats',
    'Acheteuse',
    'Work',
    'elodie@culture.gouv.fr',
    'Mobile',
    '+33 6 12 34 56 78',
    'Paris',
    'France',
    '',
  ],
  [
    'Ewa',
    'Nowak',
    'Nowak & Syn',
    'Owner',
    'Work',
    'ewa@nowak.example',
    'Mobile',
    '+48 601 234 567',
    'Kraków',
    'Poland',
    '',
  ],
  ['Bo', 'Li', 'B'.repeat(250), '', 'Work', 'bo@li.example', '', '', 'Leeds', 'United Kingdom', ''],
]);

async function expectImportBarCoversNothing(page: Page): Promise<void> {
  await page.locator('main').evaluate((main) => main.scrollTo(0, main.scrollHeight));
  const bar = await page.getByRole('region', { name: 'Import', exact: true }).boundingBox();
  const lastCard = await page.locator('.import-preview__body > :last-child').boundingBox();
  expect(bar && lastCard).toBeTruthy();
  if (bar && lastCard) expect(lastCard.y + lastCard.height).toBeLessThanOrEqual(bar.y + 1);
}

for (const size of sizes) {
  test(`import preview leads with source and counts, guesses government, covers nothing (${size.name})`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.setViewportSize(size);
    await openFreshApp(page);
    await addBusinessClient(page, {
      organization: 'Nowak & Syn',
      givenName: 'Ewa',
      familyName: 'Nowak',
      email: 'ewa@nowak.example',
      street: 'ul. Floriańska 1',
      city: 'Kraków',
      postalCode: '31-019',
      country: 'Poland',
    });
    await openImportScreen(page);
    await chooseFile(page, googleFile);
    await expect(page.getByRole('heading', { name: 'Check the import of contacts.csv' })).toBeVisible();
    await expect(page.getByText(/^From Google Contacts · 4 rows/)).toBeVisible();
    const counts = page.getByRole('list', { name: 'In this file' });
    await expect(counts).toContainText('2 new');
    await expect(counts).toContainText('1 already in your book or repeated');
    await expect(counts).toContainText('1 with problems');
    await expect(page.getByText(/2 organizations look like a government body/)).toBeVisible();
    const first = page.getByRole('table', { name: /The first \d+ clients of contacts\.csv/ });
    await expect(first.getByRole('row', { name: /City of Boston/ })).toContainText(
      'Government (B2G), guessed from the name',
    );
    await expect(first.getByRole('row', { name: /Direction des achats/ })).toContainText(
      'Government (B2G), guessed from the email or website',
    );
    // Recognised source, every column understood: the mapping starts folded away.
    await expect(page.getByText(/^Columns: all 11 read as Google Contacts writes them/)).toBeVisible();
    await expect(page.getByLabel('Import column “Notes” as')).toBeHidden();
    // The over-long organization is a problem of row 5, not a silently shortened name.
    await expect(
      page.getByRole('table', { name: /^Problems in/ }).getByRole('row', { name: /^5 Organization/ }),
    ).toContainText('250 characters long; the most is 200');
    await page.screenshot({ path: screenshot(`preview-top-${size.name}.png`) });
    await expectImportBarCoversNothing(page);
    await page.screenshot({ path: screenshot(`preview-bottom-${size.name}.png`) });
    await expectNoSeriousAccessibilityViolations(page);

    await page.getByText(/^Columns: all 11/).click();
    await expect(page.getByLabel('Import column “Notes” as')).toBeVisible();

    // "Choose another file…" opens the picker; a header-only file says one thing, once.
    await chooseAnotherFile(page, fixtureFile('header-only.csv'));
    await expect(page.getByRole('heading', { name: 'Check the import of header-only.csv' })).toBeVisible({
      timeout: 30_000,
    });
    await expect(page.getByRole('alert')).toHaveText('The file has a header row but no contacts below it.');
    await expect(page.getByText('No problems found in the rows.')).toHaveCount(0);
    await expect(page.getByText(/Nothing can be imported/)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
    await page.screenshot({ path: screenshot(`header-only-${size.name}.png`) });
  });
}

test('imported clients start with permissions unknown, and export offers two kinds of CSV', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 800 });
  await openFreshApp(page);
  await openImportScreen(page);
  await chooseFile(page, googleFile);
  await page.getByRole('button', { name: /^Import 3 clients/ }).click();
  await expect(page.getByRole('heading', { name: 'Import finished' })).toBeVisible();

  await expect(
    page.getByRole('button', { name: /^Export clients for a spreadsheet \(3 clients\)/ }),
  ).toBeVisible();
  await expect(page.getByText(/leading apostrophe/)).toBeVisible();
  await expect(page.getByText(/Google Contacts’ column layout/)).toBeVisible();
  await page.getByRole('heading', { name: 'Export', exact: true }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshot('export.png') });
  const forApps = await exportFile(page, /^Export clients for another contacts app/);
  const forAppsText = forApps.bytes.toString('utf8');
  expect(forAppsText).toContain(',+48 601 234 567,');
  expect(forAppsText).not.toContain("'+48");
  const forSheets = await exportFile(page, /^Export clients for a spreadsheet/);
  expect(forSheets.bytes.toString('utf8')).toContain("'+48 601 234 567");

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients' }).click();
  await page
    .getByRole('link', { name: /Nowak & Syn/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nowak & Syn' })).toBeVisible();
  await expect(page.getByText(/Email not asked yet \(ask first\), post not asked yet/)).toBeVisible();
  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(page.getByLabel('May be emailed')).toHaveValue('unknown');
  await page.getByLabel('May be sent post').selectOption('yes');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText(/Email not asked yet \(ask first\), may be sent post/)).toBeVisible();
});
