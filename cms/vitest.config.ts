import { defineConfig } from 'vitest/config'

// One Payload instance is shared by every file (isolate: false); see test/payload.ts.
export default defineConfig({
  // tsconfig keeps JSX for Next ("preserve"); tests that render admin components need it compiled.
  oxc: { jsx: { runtime: 'automatic' } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    isolate: false,
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { JOBS_AUTORUN: 'false', NODE_ENV: 'test' },
  },
})
