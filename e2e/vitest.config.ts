import { defineConfig } from 'vitest/config'

// One stack for the whole suite (globalSetup); files run one after another against it.
export default defineConfig({
  root: import.meta.dirname,
  test: {
    include: ['**/*.test.ts'],
    globalSetup: ['./globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
})
