import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Prints which suites were skipped for a missing external program (tests/helpers/external.ts).
    globalSetup: ['tests/setup/external-summary.ts'],
    // Adapter tests start loopback servers; keep files in separate workers but bound the parallelism
    // so a 2-core CI machine is not oversubscribed.
    maxWorkers: 2,
    // Timeouts only catch a hang; they are not speed checks. A shared 2-core machine under load runs
    // the heavy specs (fuzzers, child processes, the browser) many times slower than alone.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
