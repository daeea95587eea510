/**
 * The site builder (bộ dựng trang): turns "content changed" events into static builds in the front server's
 * process, and tells the server which build folder to serve.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { currentBuild, removeUnfinishedBuilds, siteLayout } from './currentSite.ts'
import { type BuildPlan, runBuild } from './runBuild.ts'
import type { StepRun } from './runStep.ts'
import { createScheduler } from './scheduler.ts'
import { readStatus, type SiteStatus, writeStatus } from './status.ts'

export { astroPlan } from './astroPlan.ts'
export { siteBuilderRoutes } from './routes.ts'
export type { SiteStatus } from './status.ts'

export interface SiteBuilderOptions {
  /** data/site: builds/, current, cache/, status.json */
  root: string
  plan: BuildPlan
  /**
   * Quiet time after the last change before building (1 s): one save's hooks arrive within milliseconds, and it is
   * all waiting in an edit's way to the reader; longer bursts (imports) collapse into one build at a time.
   */
  quietMs?: number
  /** Longest wait after the first change of a burst (20 s). */
  maxWaitMs?: number
  /** Builds kept on disk, the live one included (3). */
  keep?: number
  timeoutMs?: number
  /** Served until the first good build, when it holds an index.html (site/dist). */
  fallbackDir?: string
  log?: (line: string) => void
}

export interface SiteBuilder {
  /** A change that may show on the public site; a build follows once the burst settles. */
  request(reason: string): void
  status(): SiteStatus
  /** The folder to serve right now, or null while there is nothing to serve yet. */
  servedDir(): string | null
  /** Resolves when no build is waiting or running. */
  settled(): Promise<void>
  /** Cancels a waiting build and ends a running one. */
  stop(): void
}

/** How long the search index may lag the live pages before an index no longer gives way to a newer change. */
const MAX_INDEX_LAG_MS = 2 * 60_000

export function createSiteBuilder(options: SiteBuilderOptions): SiteBuilder {
  const layout = siteLayout(options.root)
  const log = options.log ?? ((line: string) => console.log(line))
  let attempts = 0
  let step: StepRun | null = null
  /** Ends the running build's index (its pages are live) so a change waiting behind it builds now. */
  let giveWay: (() => void) | null = null
  /** Since when the live search index lags the live pages (an index gave way); null while it is current. */
  let indexBehindSince: number | null = null
  let yielded = false
  removeUnfinishedBuilds(layout)

  const scheduler = createScheduler({
    quietMs: options.quietMs ?? 1000,
    maxWaitMs: options.maxWaitMs ?? 20_000,
    run: async (reasons) => {
      attempts++
      syncState()
      await runBuild(reasons, {
        layout,
        plan: options.plan,
        keep: options.keep ?? 3,
        timeoutMs: options.timeoutMs ?? 10 * 60_000,
        log,
        onStep: (run) => {
          step = run
        },
        onYieldable: (give) => {
          giveWay = give
        },
      })
      if (!yielded) indexBehindSince = null
      else indexBehindSince ??= Date.now()
      yielded = false
    },
  })

  const status = (): SiteStatus => ({ ...readStatus(layout.status), state: scheduler.state(), attempts })
  // The file carries the state too, so the admin (another process) can show "đang dựng".
  const syncState = () => {
    try {
      writeStatus(layout.status, status())
    } catch {
      // Before the first build the folder may not exist yet; the build creates it.
    }
  }
  const fallback =
    options.fallbackDir && existsSync(path.join(options.fallbackDir, 'index.html'))
      ? options.fallbackDir
      : null

  return {
    request(reason) {
      scheduler.request(reason)
      // Under a stream of changes (speech jobs finishing) the search must still catch up: once it lags this long,
      // the running index finishes first.
      const lagging = indexBehindSince !== null && Date.now() - indexBehindSince > MAX_INDEX_LAG_MS
      if (giveWay && !lagging) {
        yielded = true
        giveWay()
        giveWay = null
      }
      syncState()
    },
    status,
    servedDir: () => currentBuild(layout) ?? fallback,
    settled: async () => {
      await scheduler.settled()
      syncState()
    },
    stop() {
      scheduler.stop()
      step?.kill()
      // No one is building any more: the admin must not keep showing "đang dựng lại".
      try {
        writeStatus(layout.status, { ...status(), state: 'idle' })
      } catch {
        // Nothing built yet, nothing to record.
      }
    },
  }
}
