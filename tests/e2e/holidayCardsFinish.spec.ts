import { expect, type FrameLocator, type Page, test } from '@playwright/test';
import { openFreshApp } from './support/clientBook';
import {
  addClient,
  expectNoSeriousViolationsBesideLabelSheets,
  exportMailMergeCsv,
  mailMergeAddressBlocks,
  type NewClient,
  setOwnAddress,
  startNewList,
} from './support/holidayCards';

const acme: NewClient = {
  kind: 'Business (B2B)',
  name: 'Acme Widgets',
  organization: 'Acme Widgets',
  people: [{ given: 'Jane', family: 'Doe', jobTitle: 'Head of Marketing' }],
  street: '100 Main Street',
  city: 'Boston',
  region: 'MA',
  postalCode: '02110',
  country: 'United States',
};
const beispiel: NewClient = {
  kind: 'Business (B2B)',
  name: 'Beispiel GmbH',
  organization: 'Beispiel GmbH',
  people: [{ given: 'Hans', family: 'Müller', jobTitle: 'Geschäftsführer' }],
  street: 'Unter den Linden 77',
  city: 'Berlin',
  postalCode: '10117',
  country: 'Germany',
};

/** Two business clients, and a 2026 list taking in everyone with a full address. */
async function listWithTwoClients(page: Page): Promise<void> {
  await openFreshApp(page);
  await setOwnAddress(page);
  await addClient(page, acme);
  await addClient(page, beispiel);
  await startNewList(page);
  await page.getByLabel('Did business with you').selectOption({ label: 'Any time, or never' });
  await expect(page.getByRole('table', { name: 'Cards' }).getByRole('row')).toHaveCount(3);
}

/** Each label's lines, in print order, from a label sheet document. */
async function labelTexts(sheet: FrameLocator): Promise<string[][]> {
  return sheet
    .locator('.label')
    .evaluateAll((labels) =>
      labels.map((label) => [...label.querySelectorAll('.line')].map((line) => line.textContent ?? '')),
    );
}

async function printSheet(page: Page): Promise<string[][]> {
  const panel = page.getByRole('region', { name: 'Print address labels' });
  await panel.getByRole('button', { name: 'Print…' }).click();
  const printed = page.frameLocator('iframe[title="Holiday cards 2026 – address labels"]');
  await expect(printed.locator('.label')).toHaveCount(2);
  const texts = await labelTexts(printed);
  await page.evaluate(() => {
    for (const frame of document.querySelectorAll('iframe[title="Holiday cards 2026 – address labels"]'))
      frame.remove();
  });
  return texts;
}

test.describe('at 1366×800 and 900×700', () => {
  for (const size of [
    { width: 1366, height: 800 },
    { width: 900, height: 700 },
  ]) {
    test(`label text options change the preview and the print, and are remembered (${size.width} px)`, async ({
      page,
    }) => {
      test.setTimeout(180_000);
      await page.setViewportSize(size);
      await listWithTwoClients(page);
      await page.getByRole('button', { name: 'Print labels' }).click();
      const panel = page.getByRole('region', { name: 'Print address labels' });
      const preview = panel.frameLocator('iframe[title="Preview of the first sheet"]');

      // As the destination country expects: the person first in the US, the firm first in Germany.
      await expect(preview.locator('.label')).toHaveCount(2);
      expect(await labelTexts(preview)).toEqual([
        ['Jane Doe', 'Head of Marketing', 'Acme Widgets', '100 Main Street', 'Boston, MA 02110'],
        ['Beispiel GmbH', 'Hans Müller', 'Geschäftsführer', 'Unter den Linden 77', '10117 Berlin', 'GERMANY'],
      ]);
      expect(await printSheet(page)).toEqual(await labelTexts(preview));

      await panel.getByLabel('Leave out job titles').check();
      await expect(preview.locator('.label').first()).not.toContainText('Head of Marketing');
      expect(await printSheet(page)).toEqual([
        ['Jane Doe', 'Acme Widgets', '100 Main Street', 'Boston, MA 02110'],
        ['Beispiel GmbH', 'Hans Müller', 'Unter den Linden 77', '10117 Berlin', 'GERMANY'],
      ]);

      await panel.getByLabel('Name and organization').selectOption({ label: 'Organization, then person' });
      await expect(preview.locator('.label').first()).toContainText(/^Acme Widgets/);
      expect(await printSheet(page)).toEqual([
        ['Acme Widgets', 'Jane Doe', '100 Main Street', 'Boston, MA 02110'],
        ['Beispiel GmbH', 'Hans Müller', 'Unter den Linden 77', '10117 Berlin', 'GERMANY'],
      ]);

      await panel.getByLabel('Name and organization').selectOption({ label: 'Person, then organization' });
      await panel.getByLabel('Last line in capitals').check();
      await expect(preview.locator('.label').first()).toContainText('BOSTON, MA 02110');
      const printed = [
        ['Jane Doe', 'Acme Widgets', '100 Main Street', 'BOSTON, MA 02110'],
        ['Hans Müller', 'Beispiel GmbH', 'Unter den Linden 77', '10117 BERLIN', 'GERMANY'],
      ];
      expect(await printSheet(page)).toEqual(printed);
      // The mail-merge file's address block follows the same options as the printed labels.
      await expect(panel.getByRole('group', { name: 'Label text' })).toContainText(
        'The mail-merge file (CSV) lays out its address columns the same way.',
      );
      const { rows } = await exportMailMergeCsv(page);
      expect(mailMergeAddressBlocks(rows)).toEqual(printed);
      await expectNoSeriousViolationsBesideLabelSheets(page);
      await panel.getByRole('group', { name: 'Label text' }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: test.info().outputPath(`label-text-options-${size.width}.png`) });

      // Remembered for next time.
      await page.waitForTimeout(600);
      await page.reload();
      await page.getByRole('button', { name: 'Print labels' }).click();
      await expect(page.getByLabel('Leave out job titles')).toBeChecked();
      await expect(page.getByLabel('Name and organization')).toHaveValue('person-first');
      await expect(page.getByLabel('Last line in capitals')).toBeChecked();
    });
  }
});

test('a list marked as sent asks before it changes, unlocks only on purpose, and keeps who got a card', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 800 });
  await listWithTwoClients(page);
  await page.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(page.getByText(/^Cards sent .* to 2 clients$/)).toBeVisible();
  const lock = page.getByRole('note', { name: 'Sent list' });
  await expect(lock).toContainText(/Locked: these cards went out on \w{3} \d{1,2} to 2 clients/);

  // Taking a client off asks first; keeping the list as sent changes nothing.
  const cards = page.getByRole('table', { name: 'Cards' });
  await cards.getByRole('button', { name: 'Remove Acme Widgets' }).click();
  const question = page.getByRole('dialog', { name: 'Unlock the sent list?' });
  await expect(question).toContainText(/This list was sent on \w{3} \d{1,2} to 2 clients: unlock and edit\?/);
  await expect(question.getByRole('button', { name: 'Keep it as sent' })).toBeFocused();
  await expectNoSeriousViolationsBesideLabelSheets(page);
  await page.screenshot({ path: test.info().outputPath('unlock-question-1366.png') });
  await question.getByRole('button', { name: 'Keep it as sent' }).click();
  await expect(question).toBeHidden();
  await expect(cards.getByRole('row')).toHaveCount(3);

  // A rule asks too, and the tick does not move until the list is unlocked.
  await page.getByLabel('Business (B2B)').click();
  await expect(question).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(question).toBeHidden();
  await expect(page.getByLabel('Business (B2B)')).toBeChecked();

  // Unlock and edit: the change goes through, the record of the sent cards stays.
  await cards.getByRole('button', { name: 'Remove Acme Widgets' }).click();
  await question.getByRole('button', { name: 'Unlock and edit' }).click();
  await expect(cards.getByRole('row')).toHaveCount(2);
  await expect(lock).toContainText('Unlocked for editing.');
  await expect(page.getByText(/^Cards sent .* to 2 clients$/)).toBeVisible();
  await page.setViewportSize({ width: 900, height: 700 });
  await page.screenshot({ path: test.info().outputPath('unlocked-900.png') });

  // Locked again by hand, and it stays locked after a reload.
  await lock.getByRole('button', { name: 'Lock again' }).click();
  await expect(lock).toContainText('Locked:');
  await page.reload();
  await expect(page.getByRole('note', { name: 'Sent list' })).toContainText('Locked:');
  await page.getByRole('button', { name: 'Unlock to edit…' }).click();
  await expect(page.getByRole('dialog', { name: 'Unlock the sent list?' })).toBeVisible();
});
