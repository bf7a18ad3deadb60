import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/e2e/support/chromium';

const port = Number(process.env.CLIENTELE_E2E_PORT ?? 4173);
const rendererDirectory = process.env.CLIENTELE_RENDERER_OUT ?? 'out/renderer';

/** End-to-end tests: the built renderer (npm run build) served by `vite preview`, in Chromium. */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions } },
  ],
  webServer: {
    command: `npx vite preview --outDir ${rendererDirectory} --port ${port} --strictPort`,
    port,
    reuseExistingServer: !process.env.CI,
  },
});
