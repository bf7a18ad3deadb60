import type { LaunchOptions } from '@playwright/test';

/**
 * Debian's Chromium rather than a browser Playwright downloads (no downloads on this machine).
 * The background-networking flags keep Chromium from dialling out on a closed network.
 */
export const chromiumLaunchOptions: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--headless',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
  ],
};
