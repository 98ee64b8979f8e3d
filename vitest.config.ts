import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Prints which suites were skipped for a missing external program (tests/helpers/external.ts).
    globalSetup: ['tests/setup/external-summary.ts'],
    // Adapter tests start loopback servers; keep files in separate workers but bound the parallelism
    // so a 2-core CI machine is not oversubscribed.
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
