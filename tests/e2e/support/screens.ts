import type { Page } from '@playwright/test';

const screenshotDir = process.env.CLIENTELE_SCREENSHOTS;

/** Screenshots at 1366×800 and 900×700 when CLIENTELE_SCREENSHOTS names a folder, for looking at a screen as a user. */
export async function look(page: Page, name: string): Promise<void> {
  if (!screenshotDir) return;
  for (const [width, height] of [
    [1366, 800],
    [900, 700],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${screenshotDir}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1366, height: 800 });
}

/** A link of the main navigation; its name may go on with a count ("Home 3 follow-ups due"). */
export function nav(page: Page, name: string) {
  return page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: new RegExp(`^${name}( |$)`) });
}
