import { expect, test } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility';
import { addBusinessClient, addProject, goToClients, openFreshApp } from './support/clientBook';

const acme = {
  organization: 'Acme Rocket Works',
  givenName: 'Ana',
  familyName: 'Ruiz',
  jobTitle: 'Head of Marketing',
  email: 'ana.ruiz@acme.example',
  street: '12 Calle Mayor',
  city: 'Madrid',
  postalCode: '28013',
  country: 'Spain',
};

test('a first run explains the empty client book and offers a way in', async ({ page }) => {
  await openFreshApp(page);
  await expect(page.getByText('Your client book is empty.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Add a client' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Explore with sample data' })).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);
});

test('a business client with a contact, an address and two projects survives a reload', async ({ page }) => {
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
  await addProject(page, {
    title: 'Spring campaign',
    service: 'Copywriting',
    status: 'Completed',
    start: '2026-03-01',
    end: '2026-03-20',
    invoice: '2026-03-31',
    amount: '1,250.50',
  });

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Acme Rocket Works' })).toBeVisible();
  const projects = page.getByRole('table', { name: 'Projects' });
  await expect(projects.getByRole('row')).toHaveCount(3);
  await expect(projects.getByRole('rowheader', { name: /Spring campaign/ })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: '$9,750.50' })).toBeVisible();
  await expect(page.getByText('Ana Ruiz')).toBeVisible();
  await expect(page.getByText('Head of Marketing')).toBeVisible();
  await expect(page.getByRole('link', { name: 'ana.ruiz@acme.example' })).toBeVisible();
  await expect(page.getByText('28013 Madrid')).toBeVisible();
  await expect(page.getByText('Repeat client')).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);

  await goToClients(page);
  const row = page.getByRole('row', { name: /Acme Rocket Works/ });
  await expect(row).toContainText('Mar 31, 2026');
  await expect(row).toContainText('$9,750.50');
  await expect(row).toContainText('Repeat client');
});

test('search narrows the list as you type, and a deleted client comes back with undo', async ({ page }) => {
  await openFreshApp(page);
  await addBusinessClient(page, acme);
  await addBusinessClient(page, {
    ...acme,
    organization: 'Bristol Bakery Ltd',
    givenName: 'Zoë',
    familyName: 'Ødegård',
    email: 'zoe@bakery.example',
    city: 'Bristol',
    postalCode: 'BS1 4DJ',
    country: 'United Kingdom',
  });
  await goToClients(page);
  const list = page.getByRole('table', { name: 'Clients' });
  await expect(list.getByRole('row')).toHaveCount(3);

  const search = page.getByLabel('Search clients');
  await search.pressSequentially('odeg');
  await expect(list.getByRole('row')).toHaveCount(2);
  await expect(list.getByRole('link', { name: 'Bristol Bakery Ltd' })).toBeVisible();
  await search.fill('madrid');
  await expect(list.getByRole('link', { name: 'Acme Rocket Works' })).toBeVisible();
  await expect(list.getByRole('row')).toHaveCount(2);
  await search.fill('nobody-like-this');
  await expect(page.getByRole('heading', { name: 'No clients match' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear search and filters' }).click();
  await expect(list.getByRole('row')).toHaveCount(3);

  await list.getByRole('link', { name: 'Acme Rocket Works' }).click();
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted Acme Rocket Works.' })).toBeVisible();
  await expect(list.getByRole('row')).toHaveCount(2);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(list.getByRole('link', { name: 'Acme Rocket Works' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('table', { name: 'Clients' }).getByRole('row')).toHaveCount(3);
});

test('invalid details are flagged at their fields in words, and nothing is saved', async ({ page }) => {
  await openFreshApp(page);
  await page.getByRole('link', { name: 'Add a client' }).click();
  await page.getByLabel('Given name').fill('Ana');
  await page.getByRole('button', { name: /^Add an email/ }).click();
  await page.getByLabel(/^Email of /).fill('ana.acme.example');
  await page.getByRole('button', { name: 'Save client' }).click();

  const summary = page.getByRole('alert').filter({ hasText: 'Fix 2 problems before saving' });
  await expect(summary).toBeVisible();
  await expect(summary).toContainText('Nothing has been saved yet.');
  await expect(page.getByLabel('Business name')).toHaveAccessibleDescription(
    'Enter the name of the business.',
  );
  await expect(page.getByLabel(/^Email of /)).toHaveAccessibleDescription(
    'An email address needs an @, like name@example.com.',
  );
  await expectNoSeriousAccessibilityViolations(page);

  await page.getByLabel('Business name').fill('Acme');
  await page.getByLabel(/^Email of /).fill('ana@acme.example');
  await expect(summary).toBeHidden();
  await page.getByRole('button', { name: 'Save client' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Acme' })).toBeVisible();

  await page.getByRole('button', { name: 'Add project' }).click();
  const form = page.getByRole('form', { name: 'Add project' });
  await form.getByLabel('Start date').fill('2026-05-10');
  await form.getByLabel('End date').fill('2026-05-01');
  await form.getByLabel('Amount').fill('twelve');
  await form.getByRole('button', { name: 'Add project' }).click();
  await expect(form.getByLabel('Project title')).toHaveAccessibleDescription(
    'Enter a title for the project.',
  );
  await expect(form.getByLabel('End date')).toHaveAccessibleDescription(
    'The end date is before the start date.',
  );
  await expect(form.getByLabel('Amount')).toHaveAccessibleDescription(/Enter a number/);
  await page.reload();
  await expect(page.getByText('No projects yet.')).toBeVisible();
});

test('sample data fills the book, and the filters find repeat and lapsed clients', async ({ page }) => {
  await openFreshApp(page);
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(page.getByText('150 clients', { exact: true })).toBeVisible();
  await page.getByLabel('Show').selectOption({ label: 'Lapsed: worth winning back' });
  await expect(page.getByText(/^Showing \d+ of 150 clients$/)).toBeVisible();
  const firstRow = page.getByRole('table', { name: 'Clients' }).getByRole('row').nth(1);
  await expect(firstRow).toContainText('Lapsed');
  await page.getByLabel('Show').selectOption({ label: 'Repeat clients' });
  await expect(page.getByRole('table', { name: 'Clients' }).getByRole('row').nth(1)).toContainText(
    'Repeat client',
  );
  await page
    .getByLabel('Sort by')
    .selectOption({ label: 'Total billed (largest currency total), highest first' });
  await expectNoSeriousAccessibilityViolations(page);
});

test('the app works from the keyboard: skip link, search, open a client', async ({ page }) => {
  await openFreshApp(page);
  await addBusinessClient(page, acme);
  // The client list moved from '#/' to '#/clients' when '#/' became the home screen; a fresh load
  // of it starts keyboard focus at the top of the page, as opening '#/' did.
  await page.goto('/#/clients');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Add client' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Import or export' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Search clients')).toBeFocused();
  await page.keyboard.type('acme');
  await expect(page.getByRole('table', { name: 'Clients' })).toHaveAttribute('data-results-for', 'acme');
  for (let step = 0; step < 5; step += 1) await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Acme Rocket Works' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Acme Rocket Works' })).toBeVisible();
});
