import { expect, type Locator, type Page, test } from '@playwright/test';

/** What the pricing tests look at beyond text: chart pixels, printed documents, screenshots. */

/** Counts a canvas's painted pixels, and those in the first series' blue (#3b4fd8, give or take). */
function paintedPixels(canvas: Locator): Promise<{ painted: number; series: number }> {
  return canvas.evaluate((element) => {
    const chartCanvas = element as HTMLCanvasElement;
    const context = chartCanvas.getContext('2d');
    if (!context || chartCanvas.width === 0) return { painted: 0, series: 0 };
    const { data } = context.getImageData(0, 0, chartCanvas.width, chartCanvas.height);
    let painted = 0;
    let series = 0;
    for (let index = 0; index < data.length; index += 4) {
      const red = data[index] ?? 0;
      const green = data[index + 1] ?? 0;
      const blue = data[index + 2] ?? 0;
      const alpha = data[index + 3] ?? 0;
      if (alpha > 0) painted += 1;
      if (alpha > 200 && red < 90 && green < 110 && blue > 180) series += 1;
    }
    return { painted, series };
  });
}

/**
 * Checks a chart canvas has really been drawn: many pixels painted, and a good number of them
 * in the first series' colour, so a blank or axes-only canvas fails.
 */
export async function expectChartDrawn(canvas: Locator): Promise<void> {
  await expect(canvas).toBeVisible();
  await expect.poll(async () => (await paintedPixels(canvas)).series).toBeGreaterThan(100);
  expect((await paintedPixels(canvas)).painted).toBeGreaterThan(2_000);
}

/**
 * The main area scrolls inside the window, so a full-page screenshot would stop at the fold:
 * the window is made tall enough for the whole page first, then put back.
 */
export async function screenshotWholePage(page: Page, name: string): Promise<void> {
  const size = page.viewportSize() ?? { width: 1280, height: 720 };
  const height = await page.evaluate(() => (document.getElementById('main') as HTMLElement).scrollHeight);
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, height + 40) });
  await page.screenshot({ path: test.info().outputPath(name) });
  await page.setViewportSize(size);
}

/** The HTML documents handed to the browser's print frame while `act` runs. */
export async function printedDocuments(page: Page, act: () => Promise<void>): Promise<string> {
  await page.evaluate(() => {
    const store = window as unknown as { printedHtml: string[] };
    store.printedHtml = [];
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node instanceof HTMLIFrameElement) store.printedHtml.push(node.srcdoc);
        }
      }
    }).observe(document.body, { childList: true });
  });
  await act();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printedHtml: string[] }).printedHtml.length))
    .toBe(1);
  return page.evaluate(() => (window as unknown as { printedHtml: string[] }).printedHtml.join(''));
}
