/** Tiny suites for summary.test.ts: real vitest runs whose JSON reports the runner must count right. */
import { defineConfig } from 'vitest/config'

export default defineConfig({
  root: import.meta.dirname,
  test: {
    include: [process.env.SUMMARY_FIXTURE ?? '*.fixture.ts'],
    globalSetup: process.env.SUMMARY_FIXTURE_CRASH ? ['./crashingSetup.ts'] : [],
    hookTimeout: 500,
  },
})
