import { testSecrets } from 'hookproof';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['blocks/**/*.test.ts', 'checks/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
    // As the README's vitest.config.ts block: the README receiver reads its secrets from the environment.
    env: { PACT_DO_NOT_TRACK: 'true', KUSTOM_WEBHOOK_SECRET: testSecrets.kustom, KUSHKI_WEBHOOK_SECRET: testSecrets.kushki },
  },
});
