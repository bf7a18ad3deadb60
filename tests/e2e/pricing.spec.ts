import { expect, test } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility';
import { addBusinessClient, addProject } from './support/clientBook';
import {
  figure,
  fillNewScenario,
  goToPricing,
  openFreshPricing,
  type ScenarioInput,
  saveNewScenario,
} from './support/pricing';
import { expectChartDrawn, printedDocuments, screenshotWholePage } from './support/pricingEvidence';

/** Fixed: 1,200.00 + 10 h × 80.00 = 2,000.00; each sale costs 25.00 and brings in 150.00. */
const workshop: ScenarioInput = {
  name: 'Half-day workshop',
  fixedCosts: [
    { label: 'Venue', amount: '1,200.00' },
    { label: 'Preparation', hours: '10', rate: '80.00' },
  ],
  variableCosts: [{ label: 'Materials', amount: '25.00' }],
  price: '150.00',
  expectedPerMonth: '6',
};

test('an empty pricing screen says what the calculator does and offers a new scenario', async ({ page }) => {
  await openFreshPricing(page);
  await expect(page.getByText('how many sales put the fixed costs behind you')).toBeVisible();
  await expect(page.getByRole('link', { name: 'New scenario' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Pricing', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expectNoSeriousAccessibilityViolations(page);
  await page.screenshot({ path: test.info().outputPath('pricing-empty.png') });
});

test('a scenario built from itemised costs shows exact figures as you type, and bad input at its field', async ({
  page,
}) => {
  await openFreshPricing(page);
  await page.getByRole('link', { name: 'New scenario' }).click();
  await page.getByRole('button', { name: 'Save scenario' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Fix 2 problems before saving' })).toBeVisible();
  await expect(page.getByLabel('Price per unit', { exact: true })).toHaveAccessibleDescription(
    /^Enter the price per unit\./,
  );
  await screenshotWholePage(page, 'pricing-new-errors.png');

  await page.getByLabel('Amount of fixed cost 1').fill('-5');
  await expect(page.getByLabel('Amount of fixed cost 1')).toHaveAccessibleDescription(
    'A cost cannot be negative.',
  );

  await fillNewScenario(page, workshop);
  await expect(page.getByRole('alert')).toBeHidden();
  await expect(page.getByLabel('Hourly rate of fixed cost 2')).toHaveAccessibleDescription(
    'Comes to $800.00',
  );
  await expect(page.getByText('Total fixed costs: $2,000.00')).toBeVisible();
  await expect(page.getByText('Variable cost per unit: $25.00')).toBeVisible();

  const answer = page.getByRole('region', { name: 'The answer' });
  await expect(answer).toContainText('The fixed costs are behind you after 16 sales.');
  // Screen readers hear the headline once typing pauses, not every figure on every key.
  await expect(answer.locator('[aria-live="polite"]')).toHaveText(
    'The fixed costs are behind you after 16 sales.',
  );
  await expect(answer).toContainText(
    '$2,000.00 of fixed costs ÷ $125.00 = exactly 16 sales ($2,400.00 of revenue).',
  );
  await expect(figure(answer, 'Unit margin')).toHaveText('$125.00');
  await expect(figure(answer, 'Margin')).toHaveText('83.3%');
  await expect(figure(answer, 'Break-even volume (exact)')).toHaveText('16 units');
  await expect(figure(answer, 'In profit after')).toHaveText('16 sales');
  await expect(figure(answer, 'Revenue at break-even')).toHaveText('$2,400.00');
  await expect(figure(answer, 'Profit after month 1 (6 sales)')).toHaveText('-$1,250.00');
  await expect(figure(answer, 'Profit margin, month 1')).toHaveText('-138.9%');
  await expect(figure(answer, 'Months to break even')).toHaveText('2.7 months');

  const solver = page.getByRole('region', { name: 'Work it backwards' });
  await solver.getByLabel('Number of sales').fill('10');
  await expect(figure(solver, 'Price to break even within 10 sales')).toHaveText('$225.00');
  await expect(figure(solver, 'Fixed costs 10 sales at $150.00 can cover')).toHaveText('$1,250.00');

  await page.getByLabel('Price per unit', { exact: true }).fill('25.00');
  await expect(answer).toContainText('At this price it never breaks even.');
  await expect(answer).toContainText('It would break even from a price of $25.01');
  await expect(figure(answer, 'Lowest price that breaks even')).toHaveText('$25.01');
  await expect(figure(answer, 'In profit after')).toHaveText('Never');
  await expect(answer).toContainText(
    'To break even within the first month at 6 sales a month, charge at least $358.34.',
  );

  await page.getByLabel('Price per unit', { exact: true }).fill('150.00');
  await page.getByRole('button', { name: 'Save scenario' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Half-day workshop' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Scenario saved.' })).toBeVisible();

  await expectChartDrawn(page.getByRole('img', { name: 'Chart of profit against units sold' }));
  await expectChartDrawn(
    page.getByRole('img', { name: 'Chart of sales needed to break even against the price per unit' }),
  );
  await expect(
    page.getByText(
      'Half-day workshop: -$2,000.00 at 0 sales, $2,000.00 at 32 sales; breaks even at 16 sales.',
    ),
  ).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);
  await screenshotWholePage(page, 'pricing-editor.png');

  await page.getByRole('button', { name: 'Save as PDF' }).click();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'In the print dialog, choose “Save as PDF” as the destination.' }),
  ).toBeVisible();

  const printed = await printedDocuments(page, () =>
    page.getByRole('button', { name: 'Print summary' }).click(),
  );
  expect(printed).toContain('<h1>Half-day workshop</h1>');
  expect(printed).toContain('The fixed costs are behind you after 16 sales.');
  expect(printed).toContain('Preparation<span class="detail"> · 10 h × $80.00</span>');
});

test('what if: duplicate, change the price, compare side by side, and it all survives a reload', async ({
  page,
}) => {
  // A script error or a Content-Security-Policy refusal would leave a chart blank or a button dead.
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    // The browser asks for a favicon the web build does not have; that is not the app's doing.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) {
      problems.push(`${message.text()} ${message.location().url}`);
    }
  });
  await openFreshPricing(page);
  await saveNewScenario(page, workshop);

  await page.getByRole('button', { name: 'Duplicate (what if…)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Half-day workshop (copy)' })).toBeVisible();
  await expect(page.getByLabel('Description of fixed cost 2')).toHaveValue('Preparation');
  await page.getByLabel('Price per unit', { exact: true }).fill('200.00');
  await expect(page.getByText('Unsaved changes')).toBeVisible();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Unsaved changes')).toBeHidden();
  await expect(figure(page.getByRole('region', { name: 'The answer' }), 'In profit after')).toHaveText(
    '12 sales',
  );

  await goToPricing(page);
  const list = page.getByRole('table', { name: 'Pricing scenarios' });
  await expect(list.getByRole('row')).toHaveCount(3);
  await expect(list.getByRole('row', { name: /Half-day workshop \(copy\)/ })).toContainText('$200.00');
  await page.screenshot({ path: test.info().outputPath('pricing-list.png') });

  await page.getByRole('checkbox', { name: 'Compare Half-day workshop', exact: true }).check();
  await page.getByRole('checkbox', { name: 'Compare Half-day workshop (copy)' }).check();
  await page.getByRole('button', { name: 'Compare ticked scenarios' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Compare scenarios' })).toBeVisible();

  const table = page.getByRole('table', { name: /Compared with Half-day workshop/ });
  const row = (label: string) => table.getByRole('row', { name: new RegExp(`^${label}`) });
  await expect(row('Price per unit').getByRole('cell')).toHaveText(['$150.00', '$200.00≠ Different']);
  await expect(row('Unit margin').getByRole('cell')).toHaveText(['$125.00', '$175.00✓ Better']);
  await expect(row('Sales to break even').getByRole('cell')).toHaveText(['16', '12✓ Better']);
  await expect(row('Break-even volume').getByRole('cell')).toHaveText(['16', '11.43✓ Better']);
  await expect(row('Months to break even').getByRole('cell')).toHaveText(['2.7 months', '2 months✓ Better']);
  // 16 × 150.00 and 12 × 200.00 are the same revenue: no mark.
  await expect(row('Revenue at break-even').getByRole('cell')).toHaveText(['$2,400.00', '$2,400.00']);
  await expect(row('Fixed costs').getByRole('cell')).toHaveText(['$2,000.00', '$2,000.00']);

  const chart = page.getByRole('img', { name: 'Chart of profit against units sold for 2 scenarios' });
  await expectChartDrawn(chart);
  await expect(
    page.getByText(/Half-day workshop \(copy\): .* breaks even at 11\.43 sales, in profit from sale 12\./),
  ).toBeVisible();
  await expectNoSeriousAccessibilityViolations(page);
  await screenshotWholePage(page, 'pricing-compare.png');

  await page.getByRole('button', { name: 'Compare with this (Half-day workshop (copy))' }).click();
  await expect(page.getByRole('table', { name: /Compared with Half-day workshop \(copy\)/ })).toBeVisible();
  await expect(row('Sales to break even').getByRole('cell')).toHaveText(['12', '16✗ Worse']);

  await page.reload();
  await expect(row('Sales to break even').getByRole('cell')).toHaveText(['12', '16✗ Worse']);
  await expectChartDrawn(chart);
  await goToPricing(page);
  await expect(list.getByRole('row')).toHaveCount(3);
  expect(problems).toEqual([]);
});

test('a scenario can be renamed, and a deleted one comes back with undo', async ({ page }) => {
  await openFreshPricing(page);
  await saveNewScenario(page, workshop);
  await goToPricing(page);
  const list = page.getByRole('table', { name: 'Pricing scenarios' });

  const renameButton = page.getByRole('button', { name: 'Rename Half-day workshop' });
  await renameButton.click();
  const dialog = page.getByRole('dialog', { name: 'Rename scenario' });
  await expect(dialog.getByLabel('New name')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(renameButton).toBeFocused();

  await page.keyboard.press('Enter');
  await dialog.getByLabel('New name').fill(' ');
  await page.keyboard.press('Enter');
  await expect(dialog.getByLabel('New name')).toHaveAccessibleDescription('Give the scenario a name.');
  await dialog.getByLabel('New name').fill('Evening workshop');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(list.getByRole('link', { name: 'Evening workshop' })).toBeVisible();

  await page.getByRole('button', { name: 'Delete Evening workshop' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted “Evening workshop”.' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Price a service before you sell it' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(list.getByRole('link', { name: 'Evening workshop' })).toBeVisible();

  await list.getByRole('link', { name: 'Evening workshop' }).click();
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('heading', { name: 'Price a service before you sell it' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(list.getByRole('link', { name: 'Evening workshop' })).toBeVisible();
  await page.reload();
  await expect(list.getByRole('link', { name: 'Evening workshop' })).toBeVisible();
});

test('unsaved edits wait while you look elsewhere, and discarding them asks first', async ({ page }) => {
  await openFreshPricing(page);
  await saveNewScenario(page, workshop);
  await page.getByLabel('Price per unit', { exact: true }).fill('175.00');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients' }).click();
  await goToPricing(page);
  await expect(page.getByRole('row', { name: /Half-day workshop/ })).toContainText('Unsaved changes');
  await page.getByRole('link', { name: 'Half-day workshop' }).click();
  await expect(page.getByLabel('Price per unit', { exact: true })).toHaveValue('175.00');

  await page.getByRole('button', { name: 'Discard changes' }).click();
  const confirm = page.getByRole('dialog', { name: 'Discard your changes?' });
  await expect(confirm.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Keep editing' }).click();
  await expect(page.getByLabel('Price per unit', { exact: true })).toHaveValue('175.00');
  await page.getByRole('button', { name: 'Discard changes' }).click();
  await confirm.getByRole('button', { name: 'Discard changes' }).click();
  await expect(page.getByLabel('Price per unit', { exact: true })).toHaveValue('150.00');
  await expect(page.getByText('Unsaved changes')).toBeHidden();
});

test('the price is held against what past projects of the linked service type were billed', async ({
  page,
}) => {
  await page.goto('/');
  await addBusinessClient(page, {
    organization: 'Acme Rocket Works',
    givenName: 'Ana',
    familyName: 'Ruiz',
    email: 'ana@acme.example',
    street: '12 Calle Mayor',
    city: 'Madrid',
    postalCode: '28013',
    country: 'Spain',
  });
  for (const [title, amount] of [
    ['Spring workshop', '1,000.00'],
    ['Autumn workshop', '1,400.00'],
  ] as const) {
    await addProject(page, {
      title,
      service: 'Workshop',
      status: 'Completed',
      start: '2025-03-01',
      end: '2025-03-01',
      invoice: '2025-03-15',
      amount,
    });
  }
  await goToPricing(page);
  await page.getByRole('link', { name: 'New scenario' }).click();
  await fillNewScenario(page, { ...workshop, serviceType: 'Workshop', price: '1,300.00' });
  const reference = page.getByRole('group', { name: 'Price and volume' });
  await expect(reference).toContainText(
    '2 past “Workshop” projects were billed $1,200.00 on average, from $1,000.00 to $1,400.00.',
  );
  await expect(reference).toContainText(
    'This price is within the range of past projects, $100.00 (8.3%) above the average.',
  );
  await page.getByLabel('Price per unit', { exact: true }).fill('900');
  await expect(reference).toContainText(
    'This price is below every past project, $300.00 (25%) below the average.',
  );
});

test('in a narrow window the calculator and the comparison stack without sideways scrolling', async ({
  page,
}) => {
  await page.setViewportSize({ width: 800, height: 900 });
  await openFreshPricing(page);
  await saveNewScenario(page, {
    ...workshop,
    name: 'A workshop with a very long name that goes on and on about what exactly is being priced here',
  });
  await page.getByRole('button', { name: 'Duplicate (what if…)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /\(copy\)$/ })).toBeVisible();
  const noSidewaysScroll = () =>
    page.evaluate(() => {
      const main = document.getElementById('main') as HTMLElement;
      return (
        main.scrollWidth <= main.clientWidth && document.documentElement.scrollWidth <= window.innerWidth
      );
    });
  expect(await noSidewaysScroll()).toBe(true);
  await screenshotWholePage(page, 'pricing-editor-narrow.png');
  // While typing a cost, the short answer beside Save stays in sight.
  const dismiss = page.getByRole('button', { name: 'Dismiss notification' });
  while ((await dismiss.count()) > 0) await dismiss.first().click();
  await page.getByLabel('Amount of variable cost 1').fill('30.00');
  await expect(page.getByText('In profit after 17 sales, $120.00 a sale')).toBeInViewport();
  await page.screenshot({ path: test.info().outputPath('pricing-editor-narrow-typing.png') });

  await goToPricing(page);
  // Both scenarios, the original and its copy, must be listed before they are ticked.
  const compareBoxes = page.getByRole('checkbox', { name: /^Compare / });
  await expect(compareBoxes).toHaveCount(2);
  for (const checkbox of await compareBoxes.all()) await checkbox.check();
  await page.getByRole('button', { name: 'Compare ticked scenarios' }).click();
  await expectChartDrawn(page.getByRole('img', { name: /Chart of profit against units sold/ }));
  await screenshotWholePage(page, 'pricing-compare-narrow.png');
});
