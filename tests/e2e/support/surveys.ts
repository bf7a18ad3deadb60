import { readFile, writeFile } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';
import { PDFCheckBox, PDFDocument, PDFRadioGroup, PDFTextField, StandardFonts } from 'pdf-lib';

export async function goToSurveys(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Surveys' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Surveys' })).toBeVisible();
}

/** From a client's page: makes a sending for the project and lands on its page. */
export async function sendSurveyFor(page: Page, projectTitle: string): Promise<void> {
  await page.getByRole('button', { name: `Send survey for ${projectTitle}` }).click();
  const dialog = page.getByRole('dialog', { name: `Send a survey for “${projectTitle}”` });
  await dialog.getByRole('button', { name: 'Make the survey' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Survey for “${projectTitle}”` })).toBeVisible();
}

/** Saves the sending's fillable PDF (a download in the browser) and returns its bytes. */
export async function saveSurveyPdf(page: Page): Promise<Uint8Array> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save the fillable PDF' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Survey - .*\.pdf$/);
  return new Uint8Array(await readFile(await file.path()));
}

/**
 * Fills the PDF's form as a client would in their PDF viewer: 9 for recommend, 5 for every
 * 1–5 rating, yes to every yes/no, the second choice of each list, and a sentence in each text box.
 */
export async function fillAsClient(bytes: Uint8Array, text: string, path: string): Promise<void> {
  const document = await PDFDocument.load(bytes);
  const form = document.getForm();
  for (const field of form.getFields()) {
    if (field instanceof PDFRadioGroup) {
      const options = field.getOptions();
      if (options.includes('10')) field.select('9');
      else if (options.includes('5')) field.select('5');
      else if (options.includes('yes')) field.select('yes');
      else if (options.includes('c1')) field.select('c1');
    } else if (field instanceof PDFTextField && field.getName() !== 'clientele_sending') {
      field.setText(text);
    } else if (field instanceof PDFCheckBox) {
      field.check();
    }
  }
  form.updateFieldAppearances(await document.embedFont(StandardFonts.Helvetica));
  await writeFile(path, await document.save());
}

export async function openReturnedPdf(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a returned survey PDF' }).click();
  await (await chooser).setFiles(path);
}

/** PDFs a client might send back that are not a filled survey of ours. */
export async function badPdfs(
  folder: string,
): Promise<{ foreign: string; flattened: string; broken: string }> {
  const foreign = await PDFDocument.create();
  foreign.getForm().createTextField('name').addToPage(foreign.addPage());
  const flattened = await PDFDocument.create();
  flattened.addPage();
  const paths = {
    foreign: `${folder}/tax-form.pdf`,
    flattened: `${folder}/scan.pdf`,
    broken: `${folder}/broken.pdf`,
  };
  await writeFile(paths.foreign, await foreign.save());
  await writeFile(paths.flattened, await flattened.save());
  await writeFile(paths.broken, '%PDF-1.7\nthis file was cut off in the mail');
  return paths;
}
