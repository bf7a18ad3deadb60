import type { Page } from '@playwright/test';

/**
 * Starts waiting, inside the page, for an element matching `selector`; the wait ends at the
 * first animation frame after it appears, i.e. when the browser is about to paint it.
 * Returns a function that resolves with the milliseconds from `start()` (or from the next
 * keydown, when `fromKeydown`) to that frame.
 */
export async function armAppearanceTimer(page: Page, selector: string, fromKeydown: boolean): Promise<void> {
  await page.evaluate(
    ({ selector, fromKeydown }) => {
      const state = window as unknown as { __benchTimer?: Promise<number>; __benchStart?: () => void };
      let startedAt: number | undefined;
      state.__benchStart = () => {
        startedAt = performance.now();
      };
      if (fromKeydown) {
        document.addEventListener('keydown', () => state.__benchStart?.(), { once: true, capture: true });
      }
      state.__benchTimer = new Promise<number>((resolve) => {
        const check = () => {
          if (startedAt === undefined || !document.querySelector(selector)) return false;
          const began = startedAt;
          requestAnimationFrame(() => resolve(performance.now() - began));
          return true;
        };
        const observer = new MutationObserver(() => {
          if (check()) observer.disconnect();
        });
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        });
      });
    },
    { selector, fromKeydown },
  );
}

export async function startTimer(page: Page, action: string): Promise<void> {
  await page.evaluate((action) => {
    const state = window as unknown as { __benchStart?: () => void };
    state.__benchStart?.();
    (document.querySelector(action) as HTMLElement | null)?.click();
  }, action);
}

export async function elapsedMs(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __benchTimer: Promise<number> }).__benchTimer);
}
