import { expect, test } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility';
import { openFreshApp } from './support/clientBook';
import { look, nav } from './support/screens';

test('insights thresholds are set in Settings, checked field by field, and used by Home and Marketing', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openFreshApp(page);
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(page.getByText('150 clients', { exact: true })).toBeVisible();

  await nav(page, 'Settings').click();
  const form = page.getByRole('form', { name: 'Insights' });
  const leadWeeks = form.getByLabel('Weeks ahead to list clients due to buy');
  const window = form.getByLabel('Months of revenue counted for marketing');
  const judgeAfter = form.getByLabel('Months before judging an activity');
  const hourValue = form.getByLabel('What an hour of your time is worth (USD)');
  await expect(leadWeeks).toHaveValue('6');
  await expect(hourValue).toHaveValue('');

  await leadWeeks.fill('0');
  await hourValue.fill('lots');
  await form.getByRole('button', { name: 'Save insights settings' }).click();
  const summary = form.getByRole('alert');
  await expect(summary).toContainText('Fix 2 problems before saving');
  await expect(summary).toContainText(
    'Weeks ahead to list clients due to buy: enter a whole number of weeks from 1 to 26.',
  );
  await expect(summary).toContainText('What an hour of your time is worth: enter a number, like 1250');
  await summary.getByRole('link', { name: /^Weeks ahead/ }).click();
  await expect(leadWeeks).toBeFocused();
  await expectNoSeriousAccessibilityViolations(page);
  await look(page, 'settings-insights-errors');

  await leadWeeks.fill('10');
  await window.fill('24');
  await judgeAfter.fill('3');
  await hourValue.fill('80');
  await form.getByRole('button', { name: 'Save insights settings' }).click();
  await expect(page.getByText('Insights settings saved.')).toBeVisible();

  await page.reload();
  await expect(leadWeeks).toHaveValue('10');
  await expect(window).toHaveValue('24');
  await expect(judgeAfter).toHaveValue('3');
  await expect(hourValue).toHaveValue('80.00');
  await look(page, 'settings-insights');

  await nav(page, 'Home').click();
  await expect(page.getByText('Clients whose rhythm says they buy again within 10 weeks')).toBeVisible();

  await nav(page, 'Marketing').click();
  await expect(page.getByLabel(/Count revenue for/)).toHaveValue('24');
  const activities = page.getByRole('region', { name: 'Activities, ranked by return' });
  await expect(activities).toContainText('“Too early to judge” for activities younger than 3 months');
  await expect(activities).not.toContainText('Set what an hour of your time is worth');
  await expect(activities.getByRole('columnheader', { name: 'Revenue (24 months)' })).toBeVisible();
});

test('saving one Settings form keeps what is being typed in the other, and neither undoes the other', async ({
  page,
}) => {
  await openFreshApp(page);
  await nav(page, 'Settings').click();
  const preferences = page.getByRole('form', { name: 'Preferences' });
  const insights = page.getByRole('form', { name: 'Insights' });
  const ownName = preferences.getByLabel('Your name or business name');
  const leadWeeks = insights.getByLabel('Weeks ahead to list clients due to buy');

  await ownName.fill('Ana Ruiz Design');
  await leadWeeks.fill('10');
  await insights.getByRole('button', { name: 'Save insights settings' }).click();
  await expect(page.getByText('Insights settings saved.')).toBeVisible();
  await expect(ownName).toHaveValue('Ana Ruiz Design');

  await preferences.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.', { exact: true })).toBeVisible();
  await page.reload();
  await expect(ownName).toHaveValue('Ana Ruiz Design');
  await expect(leadWeeks).toHaveValue('10');
});
