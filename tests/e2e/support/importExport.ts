import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

export interface ContactsFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** A CSV file from rows of cells, quoted where needed, as a spreadsheet saves it. */
export function csvFile(name: string, rows: readonly (readonly string[])[]): ContactsFile {
  const cell = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const text = `${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
  return { name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') };
}

/** One of tests/fixtures/contacts. */
export function fixtureFile(name: string, mimeType = 'text/csv'): ContactsFile {
  return {
    name,
    mimeType,
    buffer: readFileSync(new URL(`../../fixtures/contacts/${name}`, import.meta.url)),
  };
}

export async function openImportScreen(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import & export' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import & export' })).toBeVisible();
}

/** Picks a file through the real file chooser, as a person clicking "Choose a file…" would. */
export async function chooseFile(page: Page, file: ContactsFile | string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a file…' }).click();
  await (await chooser).setFiles(file);
}

/** On a preview: "Choose another file…" opens the picker straight away. */
export async function chooseAnotherFile(page: Page, file: ContactsFile | string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose another file…' }).click();
  await (await chooser).setFiles(file);
}

/** Drags a file over the window and drops it on whatever screen is showing. */
export async function dropFileOnWindow(page: Page, file: ContactsFile): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, mimeType, base64 }) => {
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], name, { type: mimeType }));
      return transfer;
    },
    { name: file.name, mimeType: file.mimeType, base64: file.buffer.toString('base64') },
  );
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });
}

/** Drops a file of `megabytes` zero bytes, made in the page so no large buffer crosses over. */
export async function dropLargeFileOnWindow(page: Page, name: string, megabytes: number): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, megabytes }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(megabytes * 1024 * 1024)], name, { type: 'text/csv' }));
      return transfer;
    },
    { name, megabytes },
  );
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });
}

/** Clicks an export button and returns the downloaded file's name and bytes. */
export async function exportFile(page: Page, button: RegExp): Promise<{ name: string; bytes: Buffer }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await download;
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

/** The preview's table of problems, a row per problem. */
export function problemRows(page: Page) {
  return page.getByRole('table', { name: /^Problems in/ }).getByRole('row');
}

/**
 * A screenshot of the whole screen the user scrolls through: the app scrolls inside its main
 * area, so a full-page screenshot would stop at the window; a tall window shows it all.
 */
export async function screenshotTall(page: Page, path: string, width = 1280): Promise<void> {
  const before = page.viewportSize();
  const height = await page.locator('main').evaluate((main) => main.scrollHeight);
  await page.setViewportSize({ width, height: Math.min(6000, Math.max(720, height + 40)) });
  await page.screenshot({ path });
  if (before) await page.setViewportSize(before);
}
