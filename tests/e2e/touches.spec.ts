import { expect, test } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility';
import { addBusinessClient, addProject, goToClients } from './support/clientBook';
import { captureOpenedLinks, openedLinks, setToday, tabTo } from './support/touches';

// Each test walks a whole story with axe checks on the way: longer than the default minute on a busy machine.
test.describe.configure({ timeout: 180_000 });

const acme = {
  organization: 'Acme Rocket Works',
  givenName: 'Ana',
  familyName: 'Ruiz',
  email: 'ana.ruiz@acme.example',
  street: '12 Calle Mayor',
  city: 'Madrid',
  postalCode: '28013',
  country: 'Spain',
};

const bolt = {
  organization: 'Bolt Bakery',
  givenName: 'Bo',
  familyName: 'Lindqvist',
  email: 'bo@bolt.example',
  street: '3 Storgatan',
  city: 'Uppsala',
  postalCode: '75320',
  country: 'Sweden',
};

test('a call with a follow-up, logged by keyboard alone, comes due, is snoozed and then done', async ({
  page,
}) => {
  await page.goto('/');
  await setToday(page, '2026-11-30T10:00:00');
  await addBusinessClient(page, acme);
  await goToClients(page);

  await page.keyboard.press('Control+Shift+L');
  const dialog = page.getByRole('dialog', { name: 'Log a touch' });
  await expect(dialog).toBeVisible();
  await page.keyboard.type('acme');
  await expect(dialog.getByRole('radio', { name: acme.organization })).toBeChecked();
  await tabTo(page, dialog.getByLabel('Summary'));
  await page.keyboard.type('Talked about the spring campaign');
  await tabTo(page, dialog.getByLabel('Set a follow-up'));
  await page.keyboard.press('Space');
  await tabTo(page, dialog.getByLabel('What to do'));
  await page.keyboard.type('Send the proposal');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();

  const row = page.getByRole('row').filter({ hasText: acme.organization });
  await expect(row.getByRole('cell').filter({ hasText: 'Today' })).toBeVisible();
  // Follow-ups are listed on Home, the first screen once there are clients.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Home/ }).click();
  const due = page.getByRole('region', { name: /Follow-ups due/ });
  await expect(due).toBeHidden();

  // A week later the follow-up is due: listed on Home and counted in the navigation.
  await setToday(page, '2026-12-07T09:00:00');
  await expect(due.getByText('Send the proposal', { exact: true })).toBeVisible();
  await expect(due.getByText('Due today')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByText('1 follow-up due')).toBeAttached();
  await expectNoSeriousAccessibilityViolations(page);

  await due.getByRole('button', { name: /^Snooze 1 week/ }).press('Enter');
  await expect(due).toBeHidden();
  await expect(page.getByText(/Snoozed “Send the proposal” until 2026-12-14/)).toBeVisible();

  await setToday(page, '2026-12-15T09:00:00');
  await expect(due.getByText('Overdue since')).toBeVisible();
  await due.getByRole('button', { name: /^Done/ }).press('Enter');
  await expect(due).toBeHidden();

  await goToClients(page);
  await page.getByRole('link', { name: acme.organization }).press('Enter');
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(
    timeline.getByRole('listitem').filter({ hasText: 'Talked about the spring campaign' }),
  ).toBeVisible();
  await expect(timeline.getByText(/Follow-up: Send the proposal — Done on/)).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);
});

test('a lapsed client gets a prepared win-back email, and the touch is logged once it was sent', async ({
  page,
}) => {
  await captureOpenedLinks(page);
  await page.goto('/');
  await setToday(page, '2026-11-30T10:00:00');
  await addBusinessClient(page, acme);
  await addProject(page, {
    title: 'Website redesign',
    service: 'Web design',
    status: 'Completed',
    start: '2022-02-01',
    end: '2022-04-15',
    invoice: '2022-04-30',
    amount: '8,500.00',
  });
  await goToClients(page);
  await page.getByLabel('Show').selectOption({ label: 'Lapsed: worth winning back' });
  await page.getByRole('link', { name: acme.organization }).click();

  await page.getByRole('button', { name: 'Start a win-back' }).click();
  const dialog = page.getByRole('dialog', { name: 'Win back' });
  await expect(dialog.getByText(acme.email)).toBeVisible();
  await expect(dialog.getByLabel('Email')).toHaveValue(/Website redesign \(web design\) in April 2022/);
  await expectNoSeriousAccessibilityViolations(page);
  await dialog.getByRole('button', { name: 'Open in mail app' }).click();
  const [link] = await openedLinks(page);
  expect(link).toMatch(
    /^mailto:ana\.ruiz@acme\.example\?subject=Catching%20up%20with%20Acme%20Rocket%20Works&body=Hi%20Ana/,
  );
  await dialog.getByRole('button', { name: 'I sent it: log it' }).click();
  await expect(dialog).toBeHidden();

  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(
    timeline.getByRole('listitem').filter({ hasText: 'Win-back email: Catching up with Acme Rocket Works' }),
  ).toBeVisible();
  await expect(timeline.getByRole('complementary', { name: 'Next follow-up' })).toContainText(
    'Follow up on the win-back email',
  );
  // Contacted today: no longer nagged as lapsed.
  await expect(page.getByRole('button', { name: 'Start a win-back' })).toBeHidden();
});

test('a referral shows on both clients, with what the referred client billed and a thank-you', async ({
  page,
}) => {
  await page.goto('/');
  await addBusinessClient(page, acme);
  await addBusinessClient(page, bolt);
  await addProject(page, {
    title: 'Shop signage',
    service: 'Signage',
    status: 'Completed',
    start: '2026-01-05',
    end: '2026-02-01',
    invoice: '2026-02-10',
    amount: '1,200.00',
  });

  await page.getByRole('button', { name: `Record who referred ${bolt.organization}` }).click();
  await page.getByLabel('Referring client').fill('acme');
  await page.getByLabel('Referred on').fill('2026-01-02');
  await page.getByRole('button', { name: 'Save referral' }).click();
  const referrals = page.getByRole('region', { name: 'Referrals' });
  await expect(referrals).toContainText(`Referred by ${acme.organization} on`);

  await referrals.getByRole('link', { name: acme.organization }).click();
  await expect(page.getByRole('heading', { level: 1, name: acme.organization })).toBeVisible();
  const referred = page.getByRole('table', { name: `Clients ${acme.organization} referred` });
  await expect(referred.getByRole('row').filter({ hasText: bolt.organization })).toContainText('$1,200.00');
  await expectNoSeriousAccessibilityViolations(page);
  await referred.getByRole('button', { name: `Say thank you for ${bolt.organization}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Log a touch' });
  await expect(dialog.getByLabel('Kind')).toHaveValue('thank-you');
  await dialog.getByRole('button', { name: 'Log touch' }).click();
  await expect(referred.getByRole('row').filter({ hasText: bolt.organization })).toContainText('Yes');

  await page.reload();
  await expect(page.getByRole('table', { name: `Clients ${acme.organization} referred` })).toContainText(
    'Yes',
  );
});
