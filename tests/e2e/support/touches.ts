import { expect, type Locator, type Page } from '@playwright/test';

/** Fixes the page's clock at a local date-time ("2026-11-30T10:00"), timers still running. */
export async function setToday(page: Page, localDateTime: string): Promise<void> {
  await page.clock.setFixedTime(new Date(localDateTime));
  // The app refreshes "today" when its window regains focus.
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
}

/** Presses Tab until the control has focus, as a keyboard user would; fails after 15 presses. */
export async function tabTo(page: Page, control: Locator): Promise<void> {
  for (let press = 0; press < 15; press += 1) {
    if (await control.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(control).toBeFocused();
}

/** Records links the app opens in the system (mail) app instead of opening them. */
export async function captureOpenedLinks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const opened: string[] = [];
    (window as unknown as { openedLinks: string[] }).openedLinks = opened;
    window.open = (url?: string | URL) => {
      opened.push(String(url));
      return null;
    };
  });
}

export function openedLinks(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { openedLinks: string[] }).openedLinks);
}
