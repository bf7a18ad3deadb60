import { expect, type Page, test } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility';
import { openFreshApp } from './support/clientBook';
import { fillNewScenario, goToPricing } from './support/pricing';
import { printedDocuments } from './support/pricingEvidence';

const screenshot = (name: string) => test.info().outputPath(name);
const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const focusedTag = (page: Page) => page.evaluate(() => document.activeElement?.tagName ?? '');

const sizes = [
  { name: 'wide', width: 1366, height: 800 },
  { name: 'narrow', width: 900, height: 700 },
] as const;

for (const size of sizes) {
  test(`sidebar, focus, client form limits and project dates (${size.name})`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize(size);
    await openFreshApp(page);
    await page.getByRole('button', { name: 'Explore with sample data' }).click();
    await expect(page.getByText('150 clients', { exact: true })).toBeVisible({ timeout: 30_000 });

    // Under ~1,000 px the sidebar folds to icons; its links keep their names.
    const sidebarWidth = (await nav(page).boundingBox())?.width ?? 0;
    if (size.width < 1000) expect(sidebarWidth).toBeLessThan(80);
    else expect(sidebarWidth).toBeGreaterThan(150);
    await expect(nav(page).getByRole('link', { name: 'Import & export' })).toBeVisible();

    // The focus ring on the navy is amber, not the page's blue.
    await nav(page).getByRole('link', { name: 'Pricing' }).focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const ring = await nav(page)
      .getByRole('link', { name: 'Pricing' })
      .evaluate((link) => getComputedStyle(link).outlineColor);
    expect(ring).toBe('rgb(255, 201, 77)');

    // Following a nav link, or opening a client, puts focus on the new page's heading.
    await nav(page).getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeFocused();
    await nav(page).getByRole('link', { name: 'Clients' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeFocused();
    await page.screenshot({ path: screenshot(`clients-${size.name}.png`) });
    const firstClient = page.getByRole('table', { name: 'Clients' }).getByRole('link').first();
    const name = ((await firstClient.textContent()) ?? '').trim();
    await firstClient.click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeFocused();
    expect(await focusedTag(page)).toBe('H1');

    // Project dates wrap at most at the dash of a range: never over five lines.
    const dates = page.getByRole('table').first().locator('tbody td:nth-child(3)');
    for (const cell of await dates.all()) {
      const lines = await cell.evaluate((td) => {
        const range = document.createRange();
        range.selectNodeContents(td);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
      });
      expect(lines).toBeLessThanOrEqual(2);
    }
    await page.screenshot({ path: screenshot(`client-page-${size.name}.png`) });

    // The form counts characters near a limit and refuses a name over it.
    await page.getByRole('link', { name: 'Edit' }).click();
    const given = page.getByLabel('Given name').first();
    await given.fill('A'.repeat(95));
    await expect(page.getByText('95 of 100 characters')).toBeVisible();
    await given.fill('A'.repeat(130));
    await expect(page.getByText('130 characters: 30 over the limit of 100')).toBeVisible();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText('Given name is 130 characters long; the most is 100.').first()).toBeVisible();
    await page.getByLabel('Details last verified on').fill('2026-11-02');
    const verified = page.getByLabel('Details last verified on');
    await verified.scrollIntoViewIfNeeded();
    expect((await verified.boundingBox())?.width ?? 0).toBeGreaterThanOrEqual(160);
    await page.screenshot({ path: screenshot(`client-form-${size.name}.png`) });
    await expectNoSeriousAccessibilityViolations(page);
  });

  test(`pricing: visible compare ticks with a 24 px target, charts in the printed summary (${size.name})`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.setViewportSize(size);
    await page.goto('/');
    await goToPricing(page);
    await page.getByRole('link', { name: 'New scenario' }).click();
    await fillNewScenario(page, {
      name: 'Half-day workshop',
      fixedCosts: [{ label: 'Course design', amount: '2000' }],
      variableCosts: [{ label: 'Room and coffee', amount: '25' }],
      price: '150.00',
    });
    await page.getByRole('button', { name: 'Save scenario' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Half-day workshop' })).toBeVisible();
    const printed = await printedDocuments(page, () =>
      page.getByRole('button', { name: 'Print summary' }).click(),
    );
    expect(printed.match(/<img src="data:image\/png;base64,/g)).toHaveLength(2);
    expect(printed).toContain('<figcaption>Profit as sales add up</figcaption>');

    await goToPricing(page);
    const tick = page.getByRole('checkbox', { name: 'Compare Half-day workshop' });
    const label = page.locator('label.compare-pick').first();
    await expect(label).toContainText('Compare');
    const box = await label.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(24);
    expect(box?.width ?? 0).toBeGreaterThanOrEqual(24);
    await label.click();
    await expect(tick).toBeChecked();
    await page.screenshot({ path: screenshot(`pricing-list-${size.name}.png`) });
    await expectNoSeriousAccessibilityViolations(page);
  });
}

test('loading 20,000 sample clients shows progress and can be cancelled, adding nothing', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 900, height: 700 });
  await page.goto('/');
  await nav(page).getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('How many sample clients').selectOption('20000');
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(page.getByText(/^Written [\d,]+ of 20,000 sample clients…$/)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('progressbar')).toBeVisible();
  await page.screenshot({ path: screenshot('sample-progress.png') });
  await page.getByRole('button', { name: 'Cancel loading' }).click();
  await expect(page.getByText('Stopped loading sample data. Nothing was added.')).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByText(/sample clients are in your client book/)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Load sample data' })).toBeEnabled();
});

test('the app has an icon, so no request for it fails', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(response.url());
  });
  await page.goto('/');
  const icon = await page.locator('link[rel="icon"]').getAttribute('href');
  expect(icon).toBe('./favicon.svg');
  const response = await page.request.get('/favicon.svg');
  expect(response.status()).toBe(200);
  expect(failed).toEqual([]);
});
