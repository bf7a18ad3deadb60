import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/e2e/support/chromium';

const port = Number(process.env.CLIENTELE_BENCH_PORT ?? 4174);
const rendererDirectory = process.env.CLIENTELE_RENDERER_OUT ?? 'out/renderer';

/**
 * `npm run bench`: benchmarks in Chromium against the built renderer, one at a time so they do
 * not compete for the two cores. They print figures and write bench-results.json; they never
 * fail on a timing.
 */
export default defineConfig({
  testDir: 'tests/bench',
  testMatch: '**/*.bench.ts',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 15 * 60_000,
  reporter: [['list']],
  globalSetup: './tests/bench/support/globalSetup.ts',
  globalTeardown: './tests/bench/support/globalTeardown.ts',
  use: {
    baseURL: `http://localhost:${port}`,
    viewport: { width: 1440, height: 900 },
    launchOptions: chromiumLaunchOptions,
  },
  webServer: {
    command: `npx vite preview --outDir ${rendererDirectory} --port ${port} --strictPort`,
    port,
    reuseExistingServer: false,
  },
});
