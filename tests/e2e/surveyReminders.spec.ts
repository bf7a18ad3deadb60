import { expect, test } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility';
import { acmeRocketWorks, addBusinessClient, addProject } from './support/clientBook';
import { look, nav } from './support/screens';
import { goToSurveys, sendSurveyFor } from './support/surveys';
import { setToday } from './support/touches';

test('a survey sent past the reminder days shows on Home, opens its sending, and can be snoozed', async ({
  page,
}) => {
  await page.goto('/');
  await setToday(page, '2026-11-02T10:00:00');
  await nav(page, 'Settings').click();
  await page.getByLabel('Your name or business name').fill('Studio Nord');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await goToSurveys(page);
  await page.getByRole('button', { name: 'Start from the ready-made survey' }).click();
  await page.getByRole('button', { name: 'Save survey' }).click();
  await expect(page.getByRole('rowheader', { name: 'After the project' })).toBeVisible();
  await addBusinessClient(page, acmeRocketWorks);
  await addProject(page, {
    title: 'Website redesign',
    service: 'Web design',
    status: 'Completed',
    start: '2026-09-01',
    end: '2026-10-15',
    invoice: '2026-10-31',
    amount: '2,000.00',
  });
  await sendSurveyFor(page, 'Website redesign');
  await page.getByRole('button', { name: 'Mark as sent today' }).click();

  // Within the reminder days (14 by default) it only waits, folded away.
  await nav(page, 'Home').click();
  const reminders = page.getByRole('region', { name: /^Survey reminders/ });
  await expect(reminders).toContainText('No survey is due a reminder.');
  await expect(reminders.getByText(/Awaiting an answer, sent within 14 days \(1\)/)).toBeVisible();

  await setToday(page, '2026-11-20T10:00:00');
  await expect(reminders.getByRole('heading', { name: 'Survey reminders (1)' })).toBeVisible();
  const entry = reminders
    .getByRole('listitem')
    .filter({ hasText: 'Website redesign: sent 2026-11-02, 18 days ago' });
  await expect(entry).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);
  await look(page, 'home-survey-reminders');

  await entry.getByRole('link', { name: `Survey for ${acmeRocketWorks.organization}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Survey for “Website redesign”' })).toBeVisible();

  await nav(page, 'Home').click();
  await reminders
    .getByRole('button', { name: `Snooze the survey for ${acmeRocketWorks.organization} for 7 days` })
    .click();
  await expect(reminders).toBeHidden();
});
