import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared') } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    // Tests assert behaviour, never speed (speed lives in `npm run bench`): a busy machine must not fail them.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
