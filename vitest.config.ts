import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  // The package's `imports` map points into dist/; tests run the sources (Node's implementation).
  resolve: { alias: { '#hmac-sha256': fileURLToPath(new URL('./src/signatures/hmac-sha256-node.ts', import.meta.url)) } },
  test: {
    include: ['test/**/*.test.ts', 'examples/**/*.test.ts'],
    // The consumer project's own tests run in its install (test/consumer.test.ts), not here.
    exclude: [...configDefaults.exclude, 'test/consumer-project/**'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { PACT_DO_NOT_TRACK: 'true', REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  },
});
