import { defineConfig } from 'vitest/config'

// Tests that sign in share the one test Payload of @sotay/cms/testing (isolate: false), like the cms suite.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    isolate: false,
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { JOBS_AUTORUN: 'false', NODE_ENV: 'test' },
  },
})
