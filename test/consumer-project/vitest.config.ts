import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['blocks/**/*.test.ts', 'checks/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
    env: { PACT_DO_NOT_TRACK: 'true' },
  },
});
