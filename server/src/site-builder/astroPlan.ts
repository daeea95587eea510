/**
 * The real build: check the CMS answers, `astro build` into the new folder with a persistent cacheDir (so the
 * content layer can skip unchanged entries), then the search index step when the site has one.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createReportCollector } from './buildReport.ts'
import type { BuildPlan } from './runBuild.ts'
import type { BuildStep } from './runStep.ts'

export interface AstroPlanOptions {
  /** The Astro project (site/). */
  siteDir: string
  /** Astro's cacheDir, kept between builds (data/site/cache). */
  cacheDir: string
  /** Where the site's content loader reads the CMS (given to it as CMS_URL). */
  cmsUrl: string
  env: Record<string, string | undefined>
  /**
   * Tests only: a JSON file of environment overrides read before each build (e.g. an unreachable CMS_URL),
   * so the end-to-end suite can make a real build fail on a running server.
   */
  testEnvFile?: string
  /** How long the first build waits for the CMS to come up (it starts alongside this server). */
  firstWaitMs?: number
}

/** `node astroBuild.mjs <siteDir> <outDir> <cacheDir>`: one `astro build` as the builder runs it (benchmarks too). */
export const ASTRO_BUILD_SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'astroBuild.mjs')
/** The search engineer's step, run on the finished build when it exists. */
export const SEARCH_INDEX_SCRIPT = path.join('scripts', 'index-search.mjs')

export function astroPlan(options: AstroPlanOptions): BuildPlan {
  let first = true
  // What the current build did, read from its output.
  let collector = createReportCollector()
  const env = () => {
    const overrides = readOverrides(options.testEnvFile)
    return {
      ...options.env,
      CMS_URL: options.cmsUrl,
      ...overrides,
      NODE_ENV: 'production',
      ASTRO_TELEMETRY_DISABLED: '1',
    }
  }
  return {
    async before() {
      removeStaleWorkDirs(options.siteDir)
      const cmsUrl = env().CMS_URL ?? options.cmsUrl
      // Later builds allow for a CMS busy with jobs, not for one that is down.
      const waitMs = first ? (options.firstWaitMs ?? 300_000) : 20_000
      first = false
      await waitForCms(cmsUrl, waitMs)
    },
    steps(outDir) {
      const childEnv = env()
      collector = createReportCollector()
      const steps: BuildStep[] = [
        {
          label: 'astro build',
          command: process.execPath,
          args: [ASTRO_BUILD_SCRIPT, options.siteDir, outDir, options.cacheDir],
          cwd: options.siteDir,
          // The index is the next step, in its own process: Astro's memory and Pagefind's never add up.
          env: { ...childEnv, SEARCH_INDEX: 'separate' },
          onLine: collector.line,
        },
      ]
      const indexer = path.join(options.siteDir, SEARCH_INDEX_SCRIPT)
      if (existsSync(indexer))
        steps.push({
          label: 'chỉ mục tìm kiếm',
          command: process.execPath,
          args: [indexer, outDir, path.join(outDir, 'pagefind'), path.join(options.cacheDir, 'sotay-search')],
          cwd: options.siteDir,
          env: childEnv,
          onLine: collector.line,
          // An edit goes live with the last index, and its own index follows (runBuild).
          carryOver: 'pagefind',
          // The site may index inside `astro build` already (an integration); once is enough.
          skip: () => (existsSync(path.join(outDir, 'pagefind')) ? 'bản dựng đã có chỉ mục' : null),
        })
      return steps
    },
    report: () => collector.result(),
  }
}

function readOverrides(file: string | undefined): Record<string, string> {
  if (!file || !existsSync(file)) return {}
  return JSON.parse(readFileSync(file, 'utf8'))
}

/** A build from an unreachable CMS would publish an empty site: refuse it with a clear reason instead. */
async function waitForCms(cmsUrl: string, waitMs: number): Promise<void> {
  const deadline = Date.now() + waitMs
  let reason = ''
  do {
    try {
      const response = await fetch(`${cmsUrl}/api/news?limit=1&depth=0`, {
        signal: AbortSignal.timeout(15_000),
      })
      await response.arrayBuffer()
      if (response.ok) return
      reason = `HTTP ${response.status}`
    } catch (error) {
      reason = error instanceof Error ? ((error.cause as Error)?.message ?? error.message) : String(error)
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
  } while (Date.now() < deadline)
  throw new Error(`Không kết nối được hệ thống quản trị nội dung tại ${cmsUrl} (${reason}).`)
}

/**
 * astroBuild.mjs works in site/node_modules/.cache/sotay-site-builder/<build>/ and removes it when done; a build
 * killed at shutdown cannot. Folders older than any build may run (10 minutes) are leftovers from such builds.
 */
function removeStaleWorkDirs(siteDir: string): void {
  const root = path.join(siteDir, 'node_modules', '.cache', 'sotay-site-builder')
  if (!existsSync(root)) return
  const cutoff = Date.now() - 60 * 60_000
  for (const name of readdirSync(root)) {
    const dir = path.join(root, name)
    try {
      if (statSync(dir).mtimeMs < cutoff) rmSync(dir, { recursive: true, force: true })
    } catch {
      // Removed by another builder meanwhile.
    }
  }
}
