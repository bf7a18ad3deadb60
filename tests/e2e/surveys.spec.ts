import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility';
import { addBusinessClient, addProject, goToClients, openFreshApp } from './support/clientBook';
import {
  badPdfs,
  fillAsClient,
  goToSurveys,
  openReturnedPdf,
  saveSurveyPdf,
  sendSurveyFor,
} from './support/surveys';

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

function project(title: string) {
  return {
    title,
    service: 'Web design',
    status: 'Completed' as const,
    start: '2026-09-01',
    end: '2026-10-15',
    invoice: '2026-10-31',
    amount: '2,000.00',
  };
}

async function openClient(page: Page) {
  await goToClients(page);
  await page.getByRole('link', { name: acme.organization }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: acme.organization })).toBeVisible();
}

test('a survey goes out with the final invoice and its answers come back by PDF, by hand and by Forms CSV', async ({
  page,
}) => {
  test.setTimeout(420_000);
  const folder = await mkdtemp(join(tmpdir(), 'clientele-surveys-'));
  await openFreshApp(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Your name or business name').fill('Studio Ξ Дизайн');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await addBusinessClient(page, acme);
  await addProject(page, project('Website redesign'));
  await addProject(page, project('Logo'));
  await addProject(page, project('Brochure'));

  // The ready-made survey, with the business name, warns past ten questions.
  await goToSurveys(page);
  await expect(page.getByText('No surveys yet')).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);
  await page.getByRole('button', { name: 'Start from the ready-made survey' }).click();
  await expect(page.getByLabel('Question 1 text')).toHaveValue(
    'What service did Studio Ξ Дизайн provide for you?',
  );
  await expect(page.getByText('This survey has 12 questions.')).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);
  await page.getByRole('button', { name: 'Save survey' }).click();
  await expect(page.getByRole('rowheader', { name: 'After the project' })).toBeVisible();

  // Send it for a project with a final invoice date: the PDF is saved.
  await openClient(page);
  const surveys = page.getByRole('region', { name: 'Surveys' });
  await expect(surveys.getByText(/Not sent yet: final invoice/).first()).toBeVisible();
  await sendSurveyFor(page, 'Website redesign');
  await expect(page.getByLabel(/Email text/)).toHaveValue(
    /Would you recommend Studio Ξ Дизайн to a friend or colleague\?/,
  );
  await expectNoSeriousAccessibilityViolations(page);
  const pdf = await saveSurveyPdf(page);
  await expect(page.getByText(/^Sent /).first()).toBeVisible();

  // The client fills it in and mails it back; it is opened and checked before saving.
  const returned = join(folder, 'answers.pdf');
  await fillAsClient(pdf, 'Great work, thanks', returned);
  await goToSurveys(page);
  await openReturnedPdf(page, returned);
  await expect(
    page.getByRole('heading', { name: /Answers read from “answers.pdf” for “Website redesign”/ }),
  ).toBeVisible();
  await expect(page.getByText('Great work, thanks').first()).toBeVisible();
  await page.getByRole('button', { name: 'Save these answers' }).click();
  await expect(page.getByText('Saved the answers for “Website redesign”.')).toBeVisible();

  // The same PDF again: replace or keep; keeping saves nothing new.
  await openReturnedPdf(page, returned);
  await page.getByRole('button', { name: 'Save these answers' }).click();
  await expect(page.getByText('This survey was already answered.')).toBeVisible();
  await page.getByRole('button', { name: 'Keep the saved answers' }).click();

  // PDFs that are not a filled survey of ours are refused, each with its reason.
  const bad = await badPdfs(folder);
  await openReturnedPdf(page, bad.foreign);
  await expect(page.getByRole('alert')).toContainText('is not a Clientele survey');
  await openReturnedPdf(page, bad.flattened);
  await expect(page.getByRole('alert')).toContainText('has no form fields');
  await openReturnedPdf(page, bad.broken);
  await expect(page.getByRole('alert')).toContainText('is not a readable PDF');

  // Answers on the project, and "how did you hear" applied to the client's source.
  await openClient(page);
  await expect(surveys.getByText(/^Answered /)).toBeVisible();
  await surveys.getByRole('link', { name: 'After the project for Website redesign' }).click();
  await expect(page.getByText('Great work, thanks').first()).toBeVisible();
  await page.getByRole('button', { name: /Set “Website” as how Acme Rocket Works found you/ }).click();
  await expect(page.getByText('The client’s source is set from this answer.')).toBeVisible();

  // One entered by hand: a detractor, which the client page flags.
  await openClient(page);
  await sendSurveyFor(page, 'Logo');
  await page.getByRole('button', { name: 'Enter answers by hand' }).click();
  await page
    .getByRole('group', { name: /Would you recommend/ })
    .getByLabel('3', { exact: true })
    .check();
  await page
    .getByRole('group', { name: /How closely/ })
    .getByLabel('2', { exact: true })
    .check();
  await page.getByRole('button', { name: 'Save answers' }).click();
  await expect(page.getByText(/^Answered /).first()).toBeVisible();
  await openClient(page);
  await expect(page.getByRole('note', { name: 'Low scores to follow up' })).toContainText('Logo');
  await expectNoSeriousAccessibilityViolations(page);

  // A Forms CSV: one row matches by email, one names nobody we sent to.
  await sendSurveyFor(page, 'Brochure');
  await page.getByRole('button', { name: 'Mark as sent today' }).click();
  const csv = join(folder, 'responses.csv');
  await writeFile(
    csv,
    'Timestamp,Email Address,Would you recommend Studio Ξ Дизайн to a friend or colleague?\n' +
      '2026/11/20 10:00:00,ANA.RUIZ@acme.example,10\n' +
      '2026/11/21 10:00:00,someone@else.example,7\n',
  );
  await goToSurveys(page);
  await page.getByRole('link', { name: 'Import answers from a Forms CSV' }).click();
  await page.getByLabel('CSV file of the answers').setInputFiles(csv);
  await expect(page.getByLabel('Email Address')).toHaveValue('email');
  await expect(page.getByRole('table', { name: 'Problems in the file' })).toContainText(
    'No sending of this survey went to someone@else.example.',
  );
  await expect(
    page.getByRole('table', { name: 'Problems in the file' }).getByRole('cell', { name: '3', exact: true }),
  ).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);
  await page.getByRole('button', { name: 'Save answers from 1 response' }).click();
  await expect(page.getByText('Saved 1 answer from 1 response.')).toBeVisible();

  // Results: 2 promoters (9, 10) and 1 detractor (3) of 3 → NPS 33, and charts drawn.
  await goToSurveys(page);
  await page.getByRole('link', { name: 'Results' }).click();
  await expect(page.getByTestId('nps-value')).toHaveText('33');
  await expect(page.getByText('2 promoters, 0 passives, 1 detractor')).toBeVisible();
  await expect(page.getByText('3 answered of 3 sent')).toBeVisible();
  const chart = page.getByRole('img', { name: /Answers to “Would you recommend/ });
  await expect(chart).toBeVisible();
  const drawn = await chart.evaluate((canvas: HTMLCanvasElement) => {
    const pixels = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
    let painted = 0;
    for (let i = 3; i < pixels.length; i += 4) if ((pixels[i] ?? 0) > 0) painted += 1;
    return painted;
  });
  expect(drawn).toBeGreaterThan(100);
  await expect(page.getByRole('region', { name: 'Testimonials you may quote' })).toContainText(
    'Great work, thanks',
  );
  await expectNoSeriousAccessibilityViolations(page);

  // Everything is still there after a reload.
  await page.evaluate(() => window.location.reload());
  await expect(page.getByRole('heading', { level: 1, name: 'Survey results' })).toBeVisible();
  await expect(page.getByTestId('nps-value')).toHaveText('33');
});
