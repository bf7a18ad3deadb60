import { expect, type Page } from '@playwright/test';

export async function openFreshApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Welcome to Clientele' })).toBeVisible();
}

export async function goToClients(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients' }).click();
}

export interface NewBusinessClient {
  organization: string;
  givenName: string;
  familyName: string;
  jobTitle?: string;
  email: string;
  street: string;
  city: string;
  postalCode: string;
  country: string;
}

/** The business client most specs start from. */
export const acmeRocketWorks: NewBusinessClient = {
  organization: 'Acme Rocket Works',
  givenName: 'Ana',
  familyName: 'Ruiz',
  email: 'ana.ruiz@acme.example',
  street: '12 Calle Mayor',
  city: 'Madrid',
  postalCode: '28013',
  country: 'Spain',
};

/** Adds a business client through the form, as a person would, and waits for its page. */
export async function addBusinessClient(page: Page, client: NewBusinessClient): Promise<void> {
  await page.goto('/#/clients/new');
  await page.getByLabel('Business name').fill(client.organization);
  await page.getByLabel('Given name').fill(client.givenName);
  await page.getByLabel('Family name').fill(client.familyName);
  if (client.jobTitle) await page.getByLabel('Job title').fill(client.jobTitle);
  await page.getByRole('button', { name: /^Add an email/ }).click();
  await page.getByLabel(/^Email of /).fill(client.email);
  await page.getByLabel('Street address').fill(client.street);
  await page.getByLabel('City or town').fill(client.city);
  await page.getByLabel('Postal code').fill(client.postalCode);
  await page.getByLabel('Country').selectOption({ label: client.country });
  await page.getByRole('button', { name: 'Save client' }).click();
  await expect(page.getByRole('heading', { level: 1, name: client.organization })).toBeVisible();
}

export interface NewProject {
  title: string;
  service: string;
  status: 'Lead / quoted' | 'Active' | 'Completed' | 'Cancelled';
  start: string;
  end: string;
  invoice: string;
  amount: string;
}

/** Adds a project from the client's page. */
export async function addProject(page: Page, project: NewProject): Promise<void> {
  await page.getByRole('button', { name: 'Add project' }).click();
  const form = page.getByRole('form', { name: 'Add project' });
  await form.getByLabel('Project title').fill(project.title);
  await form.getByLabel('Service or product').fill(project.service);
  await form.getByLabel('Status').selectOption({ label: project.status });
  await form.getByLabel('Start date').fill(project.start);
  await form.getByLabel('End date').fill(project.end);
  await form.getByLabel('Final invoice date').fill(project.invoice);
  await form.getByLabel('Amount').fill(project.amount);
  await form.getByRole('button', { name: 'Add project' }).click();
  await expect(form).toBeHidden();
}
