import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import Papa from 'papaparse';

interface NewPerson {
  given: string;
  family: string;
  jobTitle?: string;
}

export interface NewClient {
  kind: 'Business (B2B)' | 'Government (B2G)' | 'Consumer (B2C)';
  /** The heading of the client's page once saved: the organization, or the person for B2C. */
  name: string;
  organization?: string;
  people: NewPerson[];
  street: string;
  city: string;
  region?: string;
  postalCode: string;
  country: string;
}

/** Adds a client of any kind, with several people, through the form, and waits for its page. */
export async function addClient(page: Page, client: NewClient): Promise<void> {
  await page.goto('/#/clients/new');
  await page.getByRole('radio', { name: new RegExp(`^${client.kind.replace(/[()]/g, '\\$&')}`) }).check();
  if (client.organization)
    await page.getByLabel(/^(Business name|Name of the body)/).fill(client.organization);
  for (const [index, person] of client.people.entries()) {
    if (index > 0) await page.getByRole('button', { name: 'Add another person' }).click();
    await page.getByLabel('Given name').nth(index).fill(person.given);
    await page.getByLabel('Family name').nth(index).fill(person.family);
    if (person.jobTitle) await page.getByLabel('Job title').nth(index).fill(person.jobTitle);
  }
  await page.getByLabel('Street address').fill(client.street);
  await page.getByLabel('City or town').fill(client.city);
  if (client.region) await page.getByLabel('Region, state or county').fill(client.region);
  await page.getByLabel('Postal code').fill(client.postalCode);
  await page.getByLabel('Country').selectOption({ label: client.country });
  await page.getByRole('button', { name: 'Save client' }).click();
  await expect(page.getByRole('heading', { level: 1, name: client.name })).toBeVisible();
}

/** A completed project this year, so the client counts as recent business. */
export async function addRecentProject(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Add project' }).click();
  const form = page.getByRole('form', { name: 'Add project' });
  await form.getByLabel('Project title').fill(title);
  await form.getByLabel('Status').selectOption({ label: 'Completed' });
  await form.getByLabel('Start date').fill('2026-03-02');
  await form.getByLabel('End date').fill('2026-04-10');
  await form.getByLabel('Final invoice date').fill('2026-04-30');
  await form.getByLabel('Amount').fill('1,200.00');
  await form.getByRole('button', { name: 'Add project' }).click();
  await expect(form).toBeHidden();
}

/** Sets the freelancer's own name and address in Settings (for domestic mail and return labels). */
export async function setOwnAddress(page: Page): Promise<void> {
  await page.goto('/#/settings');
  await page.getByLabel('Your name or business name').fill('Sam Rivera Studio');
  await page.getByLabel('Your street address').fill('200 Harbor Street');
  await page.getByLabel('Your city or town').fill('Portland');
  await page.getByLabel('Your region or state').fill('OR');
  await page.getByLabel('Your postal code').fill('97201');
  await page.getByLabel('Your country').selectOption({ label: 'United States' });
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();
}

export async function goToHolidayCards(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Holiday cards' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Holiday cards' })).toBeVisible();
}

/** From the sidebar, a new list for `year` with its default rules, waiting for its page. */
export async function startNewList(page: Page, year = 2026): Promise<void> {
  await goToHolidayCards(page);
  await page
    .getByRole('button', { name: `New list for ${year}` })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: `Holiday cards ${year}` })).toBeVisible();
}

/** The mail-merge file as downloaded: its name, its first three bytes, and its rows of cells. */
export async function exportMailMergeCsv(
  page: Page,
): Promise<{ fileName: string; byteOrderMark: number[]; text: string; rows: string[][] }> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export for mail merge (CSV)' }).click();
  const download = await downloading;
  const bytes = await readFile(await download.path());
  const text = bytes.subarray(3).toString('utf8');
  const rows = Papa.parse<string[]>(text.trim(), { skipEmptyLines: true }).data;
  return { fileName: download.suggestedFilename(), byteOrderMark: [...bytes.subarray(0, 3)], text, rows };
}

/** Each card's address block in the mail-merge rows: its recipient lines, then its address lines. */
export function mailMergeAddressBlocks(rows: readonly string[][]): string[][] {
  const [header = [], ...cards] = rows;
  const blockColumns = header.flatMap((column, index) =>
    /^(Recipient|Address) line \d+$/.test(column) ? [index] : [],
  );
  return cards.map((cells) => blockColumns.map((index) => cells[index] ?? '').filter((line) => line !== ''));
}

/** The row of the cards table whose address block starts with `firstLine`. */
export function cardRow(page: Page, firstLine: string) {
  return page
    .getByRole('table', { name: 'Cards' })
    .getByRole('row')
    .filter({
      has: page.getByRole('rowheader').filter({ hasText: firstLine }),
    });
}

/**
 * axe on the app, as expectNoSeriousAccessibilityViolations, leaving out the frames that hold a
 * printable label sheet: the preview is sandboxed without scripts, so axe cannot run inside it
 * and would wait out its timeout, and a sheet of addresses is a print document, not a screen.
 */
export async function expectNoSeriousViolationsBesideLabelSheets(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).exclude('iframe[srcdoc]').analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    }));
  expect(serious).toEqual([]);
}
