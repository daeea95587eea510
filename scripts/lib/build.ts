/** Builds the CMS (next build) and the site (astro build) only when their sources changed since the last build. */
import path from 'node:path'
import { withBuildLock } from './buildLock.ts'
import { isStale } from './freshness.ts'
import { bin, cmsDir, repoDir, siteDir } from './paths.ts'
import { type Env, type Log, runStep } from './processes.ts'

interface BuildOptions {
  env: Env
  log: Log
  force?: boolean
}

const shared = ['package.json', 'pnpm-lock.yaml'].map((file) => path.join(repoDir, file))

export const CMS_STAMP = path.join(cmsDir, '.next', 'BUILD_ID')
export const CMS_INPUTS = [
  path.join(cmsDir, 'src'),
  path.join(cmsDir, 'next.config.mjs'),
  path.join(cmsDir, 'package.json'),
  path.join(cmsDir, 'tsconfig.json'),
  path.join(repoDir, 'content-schemas', 'src'),
  path.join(repoDir, 'content-schemas', 'package.json'),
  ...shared,
]

export const SITE_STAMP = path.join(siteDir, 'dist', 'index.html')
export const SITE_INPUTS = [
  path.join(siteDir, 'src'),
  path.join(siteDir, 'public'),
  path.join(siteDir, 'astro.config.mjs'),
  path.join(siteDir, 'package.json'),
  ...shared,
]

/** Runs `build` under a lock unless `stamp` is newer than every input; true when it built. */
async function buildIfStale(
  what: { stamp: string; inputs: string[]; lock: string; message: string },
  { log, force = false }: BuildOptions,
  build: () => Promise<void>,
): Promise<boolean> {
  if (!force && !isStale(what.stamp, what.inputs)) return false
  return withBuildLock(what.lock, log, async () => {
    // Another run may have built it while we waited for the lock.
    if (!force && !isStale(what.stamp, what.inputs)) return false
    log(what.message)
    await build()
    return true
  })
}

export function buildCms(options: BuildOptions): Promise<boolean> {
  const lock = path.join(cmsDir, 'node_modules', '.cache', 'sotay-build.lock')
  const message = 'Đang build trang quản trị... (lần đầu mất khoảng 1 phút)'
  const env = { ...options.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' }
  return buildIfStale({ stamp: CMS_STAMP, inputs: CMS_INPUTS, lock, message }, options, async () => {
    // Admin components are found through the generated import map; a stale map breaks the admin silently.
    await runStep(bin(cmsDir, 'payload'), ['generate:importmap'], {
      cwd: cmsDir,
      env,
      log: options.log,
      prefix: '  ',
    })
    await runStep(bin(cmsDir, 'next'), ['build'], { cwd: cmsDir, env, log: options.log, prefix: '  ' })
  })
}

export function buildSite(options: BuildOptions): Promise<boolean> {
  const lock = path.join(siteDir, 'node_modules', '.cache', 'sotay-build.lock')
  const message = 'Đang build trang công khai...'
  return buildIfStale({ stamp: SITE_STAMP, inputs: SITE_INPUTS, lock, message }, options, () =>
    runStep(bin(siteDir, 'astro'), ['build'], {
      cwd: siteDir,
      env: { ...options.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' },
      log: options.log,
      prefix: '  ',
    }),
  )
}
