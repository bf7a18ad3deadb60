import { expect, type Page, test } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility';
import { openFreshApp } from './support/clientBook';
import {
  addClient,
  addRecentProject,
  cardRow,
  expectNoSeriousViolationsBesideLabelSheets,
  exportMailMergeCsv,
  goToHolidayCards,
  type NewClient,
  setOwnAddress,
  startNewList,
} from './support/holidayCards';

const acme: NewClient = {
  kind: 'Business (B2B)',
  name: 'Acme Rocket Works',
  organization: 'Acme Rocket Works',
  people: [
    { given: 'Ana', family: 'Ruiz', jobTitle: 'Head of Marketing' },
    { given: 'Luis', family: 'Gómez', jobTitle: 'Art Director' },
  ],
  street: '12 Calle Mayor',
  city: 'Madrid',
  postalCode: '28013',
  country: 'Spain',
};
const northwind: NewClient = {
  kind: 'Business (B2B)',
  name: 'Northwind Traders',
  organization: 'Northwind Traders',
  people: [{ given: 'Grace', family: 'Lee' }],
  street: '1 Pier Road',
  city: 'Seattle',
  region: 'WA',
  postalCode: '',
  country: 'United States',
};
const sakura: NewClient = {
  kind: 'Business (B2B)',
  name: '株式会社さくら',
  organization: '株式会社さくら',
  people: [{ given: '太郎', family: '山田', jobTitle: '部長' }],
  street: '丸の内1-1',
  city: '千代田区',
  region: '東京都',
  postalCode: '100-0001',
  country: 'Japan',
};
const atHome: NewClient = {
  kind: 'Business (B2B)',
  name: '@Home Interiors',
  organization: '@Home Interiors',
  people: [{ given: 'Priya', family: 'Shah' }],
  street: '5 King Street',
  city: 'Bristol',
  postalCode: 'BS1 4DJ',
  country: 'United Kingdom',
};
const dormant: NewClient = {
  kind: 'Business (B2B)',
  name: 'Dormant Designs Ltd',
  organization: 'Dormant Designs Ltd',
  people: [{ given: 'Otto', family: 'Berg' }],
  street: 'Unter den Linden 5',
  city: 'Berlin',
  postalCode: '10117',
  country: 'Germany',
};
const maria: NewClient = {
  kind: 'Consumer (B2C)',
  name: 'Maria Lopez',
  people: [{ given: 'Maria', family: 'Lopez' }],
  street: '5 Elm Street',
  city: 'Springfield',
  region: 'IL',
  postalCode: '62701',
  country: 'United States',
};

async function seedClientBook(page: Page): Promise<void> {
  await setOwnAddress(page);
  for (const client of [acme, northwind, sakura, atHome]) {
    await addClient(page, client);
    await addRecentProject(page, `Autumn campaign for ${client.name}`);
  }
  // No project: the "did business lately" rule leaves Dormant Designs out. Maria is a consumer.
  await addClient(page, dormant);
  await addClient(page, maria);
}

/** A screenshot of the whole page: the app scrolls inside its main area, so the window grows for it. */
async function shoot(page: Page, name: string): Promise<void> {
  const size = page.viewportSize() ?? { width: 1280, height: 720 };
  const height = await page.locator('#main').evaluate((main) => main.scrollHeight + 40);
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, height) });
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
  await page.setViewportSize(size);
}

test('a holiday card list from rules and hand picks: checked, exported, printed, sent, compared next year', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await openFreshApp(page);
  await seedClientBook(page);

  await goToHolidayCards(page);
  await expect(
    page.getByRole('heading', { name: 'Send holiday cards to the clients who matter' }),
  ).toBeVisible();
  await startNewList(page);

  // The default rules: business and government clients with recent business and a full address.
  const cards = page.getByRole('table', { name: 'Cards' });
  await expect(cards.getByRole('row')).toHaveCount(4);
  await expect(cardRow(page, 'Acme Rocket Works')).toContainText('Dear friends at Acme Rocket Works');
  await expect(cardRow(page, '株式会社さくら')).toContainText('Dear 山田太郎');
  await expect(cardRow(page, 'Priya Shah')).toContainText('BS1 4DJ');
  const leftOut = page.getByRole('table', { name: 'Clients left out' });
  await expect(leftOut.getByRole('row', { name: /Northwind Traders/ })).toContainText(
    'Incomplete postal address: No postal code',
  );
  await expect(leftOut.getByRole('row', { name: /Dormant Designs Ltd/ })).toContainText(
    'No business in the chosen years',
  );
  await expect(leftOut.getByRole('row', { name: /Maria Lopez/ })).toHaveCount(0);

  // Two contacts at one organization: one card each instead of one to the office.
  const duplicate = page.getByRole('group', { name: '2 people at Acme Rocket Works' });
  await expect(duplicate.getByRole('radio', { name: 'One card to the organization' })).toBeChecked();
  await duplicate.getByRole('radio', { name: 'One card per person' }).check();
  await expect(cardRow(page, 'Ana Ruiz')).toContainText('Dear Ana');
  await expect(cardRow(page, 'Luis Gómez')).toContainText('Dear Luis');

  // By hand: the client with the incomplete address, and a consumer found by name.
  await leftOut.getByRole('button', { name: 'Add by hand Northwind Traders' }).click();
  await expect(cardRow(page, 'Grace Lee')).toContainText('Added by hand');
  await expect(cardRow(page, 'Grace Lee').getByRole('list', { name: 'Address problems' })).toHaveText(
    'No postal code',
  );
  await page.getByLabel('Find a client').fill('maria lo');
  await page
    .getByRole('list', { name: 'Clients found' })
    .getByRole('button', { name: 'Add by hand Maria Lopez' })
    .click();
  await expect(cardRow(page, 'Maria Lopez')).toContainText('Dear Maria');
  await page.getByLabel('Find a client').fill('');

  await page.reload();
  await expect(cardRow(page, 'Grace Lee')).toContainText('Added by hand');
  await expect(cardRow(page, 'Maria Lopez')).toContainText('Added by hand');
  await expect(cardRow(page, 'Ana Ruiz')).not.toContainText('Added by hand');
  await expect(page.getByRole('radio', { name: 'One card per person' })).toBeChecked();
  // Sent from the US: a domestic address leaves the country out, one abroad names it.
  await expect(cardRow(page, 'Maria Lopez')).not.toContainText('UNITED STATES');
  await expect(cardRow(page, 'Ana Ruiz')).toContainText('SPAIN');
  await expect(page.getByRole('heading', { name: '6 cards to 5 clients' })).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);
  await shoot(page, 'list-with-flags-and-duplicates');

  // The mail-merge file.
  const { fileName, byteOrderMark, text: csv, rows: csvRows } = await exportMailMergeCsv(page);
  expect(fileName).toBe('holiday-cards-2026.csv');
  expect(byteOrderMark).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = csvRows;
  expect(header).toEqual(
    expect.arrayContaining([
      'Greeting',
      'Recipient line 1',
      'Name',
      'Organization',
      'Address line 1',
      'Postal code',
    ]),
  );
  expect(rows).toHaveLength(6);
  expect(csv).toContain("'@Home Interiors");
  expect(csv).not.toMatch(/(^|,)@Home/m);
  expect(csv).toContain('山田太郎');

  // Labels: the advice, the sheet, a start position on a used sheet, and the print itself.
  await page.getByRole('button', { name: 'Print labels' }).click();
  const panel = page.getByRole('region', { name: 'Print address labels' });
  await expect(panel.getByRole('note')).toContainText('Print at 100% ("Actual size")');
  await panel
    .getByLabel('Label sheet')
    .selectOption({ label: 'Avery L7163: Address labels, 99.1 × 38.1 mm, 14 per sheet, A4' });
  await panel.getByRole('radio', { name: 'Label 3, row 2, column 1' }).check();
  await panel.getByLabel('Move right (mm)').fill('1.5');
  await expect(panel).toContainText('6 labels on 1 sheet of Avery L7163, starting at label 3.');
  const preview = panel.frameLocator('iframe[title="Preview of the first sheet"]');
  await expect(preview.locator('.label')).toHaveCount(6);
  // Cards go in the order of the clients' names: "@Home Interiors" first.
  await expect(preview.locator('.label').first()).toContainText('Priya Shah');
  await expect(preview.locator('.label').filter({ hasText: 'Ana Ruiz' })).toHaveCount(1);
  // One text size for the whole sheet, from a range the user sees and sets.
  await expect(panel).toContainText('Text is 11 pt on every label.');
  const previewSizes = async () =>
    new Set(
      await preview.locator('.label').evaluateAll((labels) => labels.map((label) => label.style.fontSize)),
    );
  expect(await previewSizes()).toEqual(new Set(['11pt']));
  await panel.getByLabel('Largest text size').selectOption('9');
  await expect(panel).toContainText('Text is 9 pt on every label.');
  await expect.poll(previewSizes).toEqual(new Set(['9pt']));
  await panel.getByLabel('Largest text size').selectOption('11');
  await expectNoSeriousViolationsBesideLabelSheets(page);
  await shoot(page, 'labels-panel-with-preview');

  await panel.getByRole('button', { name: 'Print…' }).click();
  // The browser build prints through a hidden frame holding the label document.
  const printed = page.frameLocator('iframe[title="Holiday cards 2026 – address labels"]');
  await expect(printed.locator('section.sheet')).toHaveCount(1);
  await expect(printed.locator('.label')).toHaveCount(6);
  await expect(printed.locator('.label').first()).toHaveAttribute('style', /left:6\.17mm;top:53\.25mm/);
  await expect(printed.locator('.label').filter({ hasText: '山田太郎' })).toHaveCount(1);
  const css = await printed.locator('style').textContent();
  expect(css).toContain('@page { size: 210mm 297mm; margin: 0; }');

  // The sheet and its nudge are remembered.
  await page.reload();
  await page.getByRole('button', { name: 'Print labels' }).click();
  await expect(page.getByLabel('Label sheet')).toHaveValue('avery-l7163');
  await expect(page.getByLabel('Move right (mm)')).toHaveValue('1.5');
  await page.getByRole('button', { name: 'Close labels' }).click();

  await page.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Marked as sent to 5 clients.' })).toBeVisible();
  await expect(page.getByText(/^Cards sent .* to 5 clients$/)).toBeVisible();

  // Next year: who got a card last year, and who is new.
  await goToHolidayCards(page);
  await page.getByLabel('New list for the year').fill('2027');
  await page.getByRole('button', { name: 'Create list' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Holiday cards 2027' })).toBeVisible();
  await page.getByLabel('Did business with you').selectOption({ label: 'Any time, or never' });
  await expect(cardRow(page, 'Otto Berg')).toContainText('New this year');
  await expect(cardRow(page, 'Acme Rocket Works')).toContainText('Got a card last year');
  await expect(cardRow(page, '株式会社さくら')).toContainText('Got a card last year');
  await expect(page.getByText('2 who got a card in 2026 are not on this list.')).toBeVisible();
  await expectNoSeriousViolationsBesideLabelSheets(page);

  await goToHolidayCards(page);
  await expect(page.getByRole('row', { name: /Holiday cards 2026/ })).toContainText('Sent');
  await shoot(page, 'lists');
  await page.setViewportSize({ width: 420, height: 900 });
  await page.getByRole('link', { name: 'Holiday cards 2026' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Holiday cards 2026' })).toBeVisible();
  await shoot(page, 'narrow-window');
});

test('return-address labels use your own address from Settings', async ({ page }) => {
  await openFreshApp(page);
  await setOwnAddress(page);
  await startNewList(page);
  await expect(page.getByRole('heading', { name: '0 cards to 0 clients' })).toBeVisible();
  // With no clients at all, the list does not claim that everyone is on it.
  await expect(page.getByText('No clients of the chosen kinds in your client book yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Return-address labels' }).click();
  const panel = page.getByRole('region', { name: 'Print return-address labels' });
  await panel
    .getByLabel('Label sheet')
    .selectOption({ label: 'Avery 5160 / 8160: Address labels, 2⅝ × 1 in, 30 per sheet, US Letter' });
  await panel.getByRole('radio', { name: 'Label 29, row 10, column 2' }).check();
  await expect(panel.getByLabel('How many labels')).toHaveValue('2');
  // The sheet drawing is a radio group: the arrow keys move the start position.
  await page.keyboard.press('ArrowRight');
  await expect(panel.getByRole('radio', { name: 'Label 30, row 10, column 3' })).toBeChecked();
  await expect(panel.getByLabel('How many labels')).toHaveValue('1');
  await page.keyboard.press('ArrowLeft');
  await expect(panel.getByRole('radio', { name: 'Label 29, row 10, column 2' })).toBeChecked();
  await panel.getByLabel('How many labels').fill('32');
  await expect(panel).toContainText('32 labels on 2 sheets of Avery 5160 / 8160, starting at label 29.');
  const preview = panel.frameLocator('iframe[title="Preview of the first sheet"]');
  await expect(preview.locator('.label')).toHaveCount(2);
  // Return labels name the country, so they work on mail going abroad too.
  await expect(preview.locator('.label').first()).toContainText('Sam Rivera Studio');
  await expect(preview.locator('.label').first()).toContainText('UNITED STATES');
  await panel.getByLabel('How many labels').fill('0');
  await expect(panel.getByLabel('How many labels')).toHaveAccessibleDescription(
    /Enter a whole number from 1 to 5,000/,
  );
  await expect(panel.getByRole('button', { name: 'Print…' })).toBeDisabled();
  await expectNoSeriousViolationsBesideLabelSheets(page);
});

test('a custom label sheet is checked at its fields, and a deleted list comes back with undo', async ({
  page,
}) => {
  await openFreshApp(page);
  await startNewList(page);
  await page.getByRole('button', { name: 'Return-address labels' }).click();
  const panel = page.getByRole('region', { name: 'Print return-address labels' });
  await expect(panel.getByText('Add your name and address in Settings first.')).toBeVisible();
  await panel.getByLabel('Label sheet').selectOption({ label: 'Custom sheet: enter its measurements' });
  await panel.getByLabel('Rows of labels').fill('9');
  await expect(panel.getByLabel('Rows of labels')).toHaveAccessibleDescription(
    '9 rows need 333.5 mm but the page is 297 mm high.',
  );
  await expect(panel.getByText('Fix the sheet’s measurements to see a preview and print.')).toBeVisible();
  await panel.getByLabel('Rows of labels').fill('8');
  await expect(panel.getByRole('radio', { name: 'Label 24, row 8, column 3' })).toBeVisible();
  await expectNoSeriousViolationsBesideLabelSheets(page);

  await page.getByRole('button', { name: 'Delete list' }).click();
  await expect(
    page.getByRole('heading', { name: 'Send holiday cards to the clients who matter' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('link', { name: 'Holiday cards 2026' })).toBeVisible();
});
