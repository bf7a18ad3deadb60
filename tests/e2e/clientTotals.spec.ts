import { expect, type Page, test } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility';
import { addBusinessClient, goToClients, openFreshApp } from './support/clientBook';

const windows = [
  { name: 'wide', width: 1366, height: 800 },
  { name: 'narrow', width: 900, height: 700 },
];

const shotDirectory = process.env.CLIENTELE_SHOTS ?? 'test-results/screenshots';

function business(organization: string, familyName: string) {
  return {
    organization,
    givenName: 'Ana',
    familyName,
    email: `ana.${familyName.toLowerCase()}@example.com`,
    street: '1 Main Street',
    city: 'Dublin',
    postalCode: 'D02 X285',
    country: 'Ireland',
  };
}

/** Opens the project form and fills what matters here; leaves the amount to the caller. */
async function startProject(page: Page, title: string, status: string) {
  await page.getByRole('button', { name: 'Add project' }).click();
  const form = page.getByRole('form', { name: 'Add project' });
  await form.getByLabel('Project title').fill(title);
  await form.getByLabel('Status').selectOption({ label: status });
  await form.getByLabel('Start date').fill('2026-03-01');
  return form;
}

/** True when the element's text is wider than its box: cut off or hidden behind an ellipsis. */
function isCut(page: Page, selector: string) {
  return page
    .locator(selector)
    .evaluateAll((elements) => elements.some((element) => element.scrollWidth > element.clientWidth + 1));
}

for (const window of windows) {
  test(`money, currencies and totals read right at ${window.width}×${window.height}`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.setViewportSize(window);
    await openFreshApp(page);
    await addBusinessClient(page, business('Acme Rocket Works Europe', 'Ruiz'));

    let form = await startProject(page, 'Website', 'Completed');
    await form.getByLabel('Currency').selectOption('EUR');
    await form.getByLabel('Amount').fill('abc12');
    await form.getByRole('button', { name: 'Add project' }).click();
    await expect(form.getByLabel('Amount')).toHaveAccessibleDescription(/Enter a number in EUR/);
    await form.getByLabel('Amount').fill('€90,000.00');
    await form.getByRole('button', { name: 'Add project' }).click();
    await expect(form).toBeHidden();

    form = await startProject(page, 'Newsletter', 'Completed');
    await expect(form.getByLabel('Currency')).toHaveValue('EUR');
    await form.getByLabel('Currency').selectOption('USD');
    await form.getByLabel('Amount').fill('1,000');
    await form.getByRole('button', { name: 'Add project' }).click();
    await expect(form).toBeHidden();

    await addBusinessClient(page, business('Beta Studio', 'Byrne'));
    form = await startProject(page, 'Logo', 'Completed');
    await expect(form.getByLabel('Currency')).toHaveValue('USD');
    await form.getByLabel('Amount').fill('5,000');
    await form.getByRole('button', { name: 'Add project' }).click();
    await expect(form).toBeHidden();

    await addBusinessClient(page, business('Gamma Lead Ltd', 'Gray'));
    form = await startProject(page, 'Proposal', 'Lead / quoted');
    await form.getByLabel('Amount').fill('2,000');
    await form.getByRole('button', { name: 'Add project' }).click();
    await expect(form).toBeHidden();
    await expect(page.getByText('No finished projects yet; 1 quoted')).toBeVisible();
    await expect(page.getByText('$0.00')).toHaveCount(0);

    await goToClients(page);
    const table = page.getByRole('table', { name: 'Clients' });
    await page
      .getByLabel('Sort by')
      .selectOption({ label: 'Total billed (largest currency total), highest first' });
    await expect(table.getByRole('row').nth(1)).toContainText('Acme Rocket Works Europe');
    const acme = table.getByRole('row').nth(1);
    await expect(acme.getByText('$1,000', { exact: true })).toBeVisible();
    await expect(acme.getByText('€90K', { exact: true })).toBeVisible();
    await expect(table.getByRole('row').nth(2)).toContainText('Beta Studio');
    await expect(table.getByRole('row').nth(3)).toContainText('1 quoted');
    expect(await isCut(page, '.client-list__billed, .client-list__amounts, .client-list__link')).toBe(false);
    await page.screenshot({ path: `${shotDirectory}/client-list-totals-${window.name}.png` });
    await expectNoSeriousAccessibilityViolations(page);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByText('Exchange rates (optional)').click();
    await page.getByLabel('1 EUR in USD').fill('1.10');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText('Settings saved.')).toBeVisible();
    await page.screenshot({ path: `${shotDirectory}/settings-rates-${window.name}.png`, fullPage: true });
    await expectNoSeriousAccessibilityViolations(page);

    await goToClients(page);
    await expect(page.getByLabel('Sort by')).toHaveValue('totalBilled:desc');
    await expect(page.getByLabel('Sort by').locator('option:checked')).toHaveText(
      'Total billed (in USD at your rates), highest first',
    );
    await expect(table.getByRole('row').nth(1)).toContainText('Acme Rocket Works Europe');
  });
}
