import { defineConfig } from 'vitest/config'

// Site tests build fixture sites and drive Debian's Chromium, so they get generous timeouts.
export default defineConfig({
  root: import.meta.dirname,
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
})
