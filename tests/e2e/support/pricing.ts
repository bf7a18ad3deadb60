import { expect, type Locator, type Page } from '@playwright/test';

type CostLineInput = { label: string; amount: string } | { label: string; hours: string; rate: string };

export interface ScenarioInput {
  name: string;
  serviceType?: string;
  fixedCosts: CostLineInput[];
  variableCosts: CostLineInput[];
  price: string;
  expectedPerMonth?: string;
}

export async function goToPricing(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Pricing' }).click();
}

/** Fills cost lines as a person would: the first line is there, the rest are added. */
async function fillCostLines(page: Page, noun: 'fixed cost' | 'variable cost', lines: CostLineInput[]) {
  for (const [index, line] of lines.entries()) {
    const owner = `${noun} ${index + 1}`;
    if (index > 0) await page.getByRole('button', { name: `Add a ${noun}` }).click();
    await page.getByLabel(`Description of ${owner}`).fill(line.label);
    if ('amount' in line) {
      await page.getByLabel(`Amount of ${owner}`).fill(line.amount);
    } else {
      await page.getByLabel(`Kind of ${owner}`).selectOption({ label: 'Your time (hours × rate)' });
      await page.getByLabel(`Hours of ${owner}`).fill(line.hours);
      await page.getByLabel(`Hourly rate of ${owner}`).fill(line.rate);
    }
  }
}

/** Types a new scenario into the editor at /pricing/new, without saving it. */
export async function fillNewScenario(page: Page, scenario: ScenarioInput): Promise<void> {
  await page.getByLabel('Scenario name').fill(scenario.name);
  if (scenario.serviceType)
    await page.getByLabel('Service type').selectOption({ label: scenario.serviceType });
  await fillCostLines(page, 'fixed cost', scenario.fixedCosts);
  await fillCostLines(page, 'variable cost', scenario.variableCosts);
  await page.getByLabel('Price per unit', { exact: true }).fill(scenario.price);
  if (scenario.expectedPerMonth)
    await page.getByLabel('Expected sales a month').fill(scenario.expectedPerMonth);
}

/** The value shown for a figure in a list of figures (a <dl>), by its exact term. */
export function figure(scope: Locator, term: string | RegExp): Locator {
  const name =
    typeof term === 'string' ? new RegExp(`^${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : term;
  return scope
    .locator('dl > div')
    .filter({ has: scope.page().getByRole('term').filter({ hasText: name }) })
    .getByRole('definition');
}

/** Opens Pricing in a fresh browser profile, where it explains itself. */
export async function openFreshPricing(page: Page): Promise<void> {
  await page.goto('/#/pricing');
  await expect(page.getByRole('heading', { name: 'Price a service before you sell it' })).toBeVisible();
}

/** Saves a new scenario from the list's "New scenario" link and waits for its page. */
export async function saveNewScenario(page: Page, scenario: ScenarioInput): Promise<void> {
  await page.getByRole('link', { name: 'New scenario' }).first().click();
  await fillNewScenario(page, scenario);
  await page.getByRole('button', { name: 'Save scenario' }).click();
  await expect(page.getByRole('heading', { level: 1, name: scenario.name })).toBeVisible();
}
