import { expect, type Page, test } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility';
import { acmeRocketWorks, addBusinessClient, openFreshApp } from './support/clientBook';

/**
 * The desktop app's side of quitting, in Chromium: a stand-in for the preload bridge (the
 * Electron window cannot be opened here) lets the test quit as the main process would and
 * decide when the backup file has been written.
 */
async function useDesktopBridge(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const state = window as unknown as {
      quit?: () => Promise<void>;
      finishWrite?: () => void;
      written: number;
    };
    state.written = 0;
    const refused = async () => {
      throw new Error('Not available in this test.');
    };
    (window as unknown as { clientele: object }).clientele = {
      platform: 'electron',
      openContactsFile: refused,
      saveFile: refused,
      printDocument: refused,
      saveDocumentAsPdf: refused,
      openExternalLink: refused,
      openReturnedSurveyPdf: refused,
      listBackups: async () => ({ folder: '/home/someone/Backups', backups: [], lastFailure: null }),
      writeBackup: (bytes: Uint8Array) =>
        new Promise((resolve) => {
          const manifestLine = new TextDecoder().decode(bytes.subarray(0, 4096)).split('\n')[1] ?? '{}';
          const manifest = JSON.parse(manifestLine) as { createdAt: string; reason: string };
          state.finishWrite = () => {
            state.written += 1;
            resolve({
              written: true,
              backup: {
                fileName: 'clientele-backup-2026-11-30T10-00-00-000Z.clientele-backup',
                createdAt: manifest.createdAt,
                reason: manifest.reason,
                sizeBytes: bytes.byteLength,
                rowCounts: { clients: 1 },
                appVersion: '0.1.0',
                schemaVersion: 7,
              },
            });
          };
        }),
      readBackup: refused,
      openBackupFile: refused,
      showBackupsFolder: refused,
      chooseBackupsFolder: refused,
      onBackupBeforeQuit: (backUp: () => Promise<void>) => {
        state.quit = backUp;
      },
    };
  });
}

/** Lets the backup file being written finish, as the main process would once it is verified. */
async function finishWrite(page: Page): Promise<void> {
  await page.waitForFunction(
    () => typeof (window as unknown as { finishWrite?: () => void }).finishWrite === 'function',
  );
  await page.evaluate(() => {
    const state = window as unknown as { finishWrite?: () => void };
    const finish = state.finishWrite;
    state.finishWrite = undefined;
    finish?.();
  });
}

const written = (page: Page) => page.evaluate(() => (window as unknown as { written: number }).written);

test('quitting the desktop app after a change backs up first, and says so', async ({ page }) => {
  test.setTimeout(180_000);
  await useDesktopBridge(page);
  await openFreshApp(page);
  // With no backup yet, the daily one starts at once.
  await finishWrite(page);
  await expect.poll(() => written(page)).toBe(1);
  await addBusinessClient(page, acmeRocketWorks);

  await page.evaluate(() => {
    const state = window as unknown as { quit: () => Promise<void>; quitting: Promise<void> };
    state.quitting = state.quit();
  });
  const notice = page.getByRole('status').filter({ hasText: 'Backing up before quitting…' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('To close at once, quit again.');
  await expectNoSeriousAccessibilityViolations(page);
  await page.setViewportSize({ width: 1366, height: 800 });
  await page.screenshot({ path: test.info().outputPath('quit-backup-1366.png') });
  await page.setViewportSize({ width: 900, height: 700 });
  await page.screenshot({ path: test.info().outputPath('quit-backup-900.png') });

  await finishWrite(page);
  await page.evaluate(() => (window as unknown as { quitting: Promise<void> }).quitting);
  await expect(notice).toHaveCount(0);
  expect(await written(page)).toBe(2);

  // Nothing changed since that backup: the next quit goes at once.
  await page.evaluate(() => (window as unknown as { quit: () => Promise<void> }).quit());
  expect(await written(page)).toBe(2);
});
