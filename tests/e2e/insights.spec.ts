import { expect, test } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility';
import { openFreshApp } from './support/clientBook';
import { look, nav } from './support/screens';

test('sample data: home this week, due to buy, tracing by keyboard, activity ROI, chart bar to clients', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await openFreshApp(page);
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(page.getByText('150 clients', { exact: true })).toBeVisible();

  // Home: this week, with due-to-buy clients whose reason is in words.
  await nav(page, 'Home').click();
  await expect(page.getByRole('heading', { level: 1, name: 'This week' })).toBeVisible();
  const due = page.getByRole('region', { name: /^Due to buy/ });
  const firstDue = due.getByRole('listitem').first();
  await expect(firstDue).toContainText(/Bought in \w+ in \d{4}, \d{4} and \d{4}\./);
  await expect(
    page
      .getByRole('region', { name: /^Win back/ })
      .getByRole('listitem')
      .first(),
  ).toContainText('at stake');
  await expectNoSeriousAccessibilityViolations(page);
  await look(page, 'home');

  // Follow a due-to-buy entry to the client.
  const dueName = (await firstDue.getByRole('link').textContent()) ?? '';
  await firstDue.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: dueName })).toBeVisible();

  // Snoozing an entry hides it, and it stays hidden after a reload.
  await nav(page, 'Home').click();
  await expect(firstDue).toContainText(/Bought in/);
  const dueCount = await due.getByRole('listitem').count();
  await due.getByRole('button', { name: `Snooze ${dueName} for 14 days` }).click();
  await expect(due.getByRole('link', { name: dueName, exact: true })).toBeHidden();
  await page.reload();
  await expect(due.getByRole('listitem')).toHaveCount(Math.min(dueCount - 1, 8));
  await expect(due.getByRole('link', { name: dueName, exact: true })).toBeHidden();

  // Trace five clients by keyboard: digits for activities, letters for channels, then undo one.
  await nav(page, 'Marketing').click();
  await page.getByRole('link', { name: /^Trace sources/ }).click();
  await expect(page.getByRole('status').filter({ hasText: /^0 of \d+ clients traced/ })).toBeVisible();
  const progress = page.getByRole('status').filter({ hasText: /clients traced/ });
  const total = Number((await progress.textContent())?.match(/of (\d+)/)?.[1]);
  for (const [index, key] of ['1', '2', 'a', 'd', '1'].entries()) {
    const shown = await page.locator('.trace-client').getAttribute('data-client-id');
    await page.keyboard.press(key);
    await expect(progress).toContainText(`${index + 1} of ${total} clients traced`);
    await expect(page.locator('.trace-client')).not.toHaveAttribute('data-client-id', shown ?? '');
  }
  await page.keyboard.press('s');
  await expect(progress).toContainText('5 of');
  await expect(progress).toContainText('1 skipped');
  await page.keyboard.press('u');
  await page.keyboard.press('u');
  await expect(progress).toContainText(`4 of ${total} clients traced`);
  await expectNoSeriousAccessibilityViolations(page);
  await look(page, 'trace');
  await page.reload();
  await expect(
    page.getByRole('status').filter({ hasText: `0 of ${total - 4} clients traced` }),
  ).toBeVisible();

  // Read an activity's ROI.
  await nav(page, 'Marketing').click();
  const activities = page.getByRole('table', { name: 'Marketing activities' });
  const ads = activities.getByRole('row').filter({ has: page.getByRole('link', { name: 'Search ads' }) });
  await expect(ads).toContainText('$4,200.00');
  await expect(ads.getByRole('cell').nth(8)).toHaveText(/^-?[\d,]+%$/);
  await expect(ads).toContainText(/do more|do less|too few clients to judge/);
  await expectNoSeriousAccessibilityViolations(page);
  await look(page, 'marketing');

  // Click a chart bar: the client list shows exactly that bar's clients.
  await nav(page, 'Customer data').click();
  const kinds = page.getByRole('table', { name: 'Business by kind of client' });
  const b2bButton = kinds.getByRole('row').filter({ hasText: 'Business (B2B)' }).getByRole('button');
  const b2bCount = Number((await b2bButton.textContent())?.match(/\d+/)?.[0]);
  await expectNoSeriousAccessibilityViolations(page);
  await look(page, 'customer-data');
  const canvas = page.getByRole('img', { name: 'Clients who did business, by kind' });
  const box = await canvas.boundingBox();
  if (!box) throw new Error('The chart is not on screen.');
  // Three bars share the plot; the first (B2B, the tallest) centres a sixth of the way across.
  await canvas.click({ position: { x: 30 + (box.width - 30) / 6, y: box.height - 40 } });
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
  await expect(page.getByText(`Showing ${b2bCount} of 150 clients`)).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'Business (B2B) clients with business' }),
  ).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);
  await look(page, 'clients-selection');
  await page.getByRole('button', { name: 'Show all clients' }).click();
  await expect(page.getByText('150 clients', { exact: true })).toBeVisible();
});

test('an activity is added with itemised costs, and a wrong amount is flagged at its field', async ({
  page,
}) => {
  await openFreshApp(page);
  await nav(page, 'Marketing').click();
  await page.getByRole('link', { name: 'Add activity' }).click();
  await page.getByRole('button', { name: 'Add a cost' }).click();
  await page.getByLabel('What 1').fill('Venue');
  await page.getByLabel('Amount 1').fill('twelve');
  await page.getByRole('button', { name: 'Save activity' }).click();
  await expect(page.getByText('Give the activity a name.')).toBeVisible();
  await expect(page.getByText('Enter a number, like 1250 or 1,250.00.')).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);
  await look(page, 'activity-form');
  await page.getByLabel('Name').fill('Autumn workshop');
  await page.getByLabel('Amount 1').fill('450');
  await page.getByRole('button', { name: 'Save activity' }).click();
  const row = page
    .getByRole('table', { name: 'Marketing activities' })
    .getByRole('row')
    .filter({ hasText: 'Autumn workshop' });
  await expect(row).toContainText('$450.00');
  await expect(row).toContainText('too early to judge');
});
