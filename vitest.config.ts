// Test runner configuration: node tests; integration suites gate themselves on their services.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One fixed fast-check seed unless FC_SEED says otherwise (npm run fuzz explores).
    setupFiles: ['test/support/fast-check-seed.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
