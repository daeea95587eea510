/**
 * One site build: fresh folder under builds/, each step in turn, a sanity check, then the atomic switch of
 * `current`. A failure leaves the live site untouched and is recorded in status.json with the build's last lines.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { type BuildReport, describeReport } from './buildReport.ts'
import { currentBuild, newBuildName, pruneBuilds, type SiteLayout, switchCurrent } from './currentSite.ts'
import { linkBuild } from './linkBuild.ts'
import { type BuildStep, LogTail, runStep, type StepRun } from './runStep.ts'
import { readStatus, type SiteStatus, writeStatus } from './status.ts'

export interface BuildPlan {
  /** Runs first, e.g. "is the CMS answering?"; throws a Vietnamese message to fail the build. */
  before?: () => Promise<void>
  /** The commands that write the site into outDir. */
  steps: (outDir: string) => BuildStep[]
  /** What the finished build did (pages rendered or reused, search parts), kept in status.json. */
  report?: () => BuildReport
}

export interface RunBuildOptions {
  layout: SiteLayout
  plan: BuildPlan
  /** Builds kept on disk, the live one included. */
  keep: number
  /** A build that runs longer than this is killed and counts as failed. */
  timeoutMs: number
  log: (line: string) => void
  /** Set by the caller to end the running step (server shutdown). */
  onStep?: (run: StepRun | null) => void
  /**
   * While a step runs whose result the site is already live without (the index after the pages went live), the
   * caller may end it to let a newer build start: that build indexes the newer pages anyway. Null when it ends.
   */
  onYieldable?: (give: (() => void) | null) => void
}

const seconds = (ms: number) => (ms / 1000).toFixed(1).replace('.', ',')

export async function runBuild(reasons: string[], options: RunBuildOptions): Promise<boolean> {
  const { layout, plan, log } = options
  const began = Date.now()
  const name = newBuildName()
  const outDir = path.join(layout.builds, name)
  const tail = new LogTail()
  mkdirSync(outDir, { recursive: true })
  mkdirSync(layout.cache, { recursive: true })
  log(`Đang dựng trang: bắt đầu bản dựng ${name} (${reasons.join(', ')})`)

  /**
   * The pages are done and the live build has what this step makes (its search index): serve a folder of links to the
   * new pages with the live build's folder now, so an edit is online without waiting for the index. The step still
   * runs on outDir, which goes live in its turn; if it fails, the pages stay online with the previous index.
   */
  const goLiveBefore = async (step: BuildStep, folder: string) => {
    const live = currentBuild(layout)
    const carried = live ? path.join(live, folder) : null
    if (!carried || !existsSync(carried) || !existsSync(path.join(outDir, 'index.html'))) return
    const early = path.join(layout.builds, newBuildName())
    await linkBuild(outDir, early, { [folder]: carried })
    switchCurrent(layout, early)
    servedEarly = true
    const durationMs = Date.now() - began
    const at = new Date().toISOString()
    const report = plan.report?.()
    record(layout, (status) => ({
      ...status,
      lastGood: { at, id: path.basename(early), durationMs, reasons, ...(report ? { report } : {}) },
    }))
    log(
      `Đang dựng trang: đã đưa trang mới lên mạng sau ${seconds(durationMs)} giây (${folder} của bản trước, ${step.label} theo sau)`,
    )
  }

  /** The live site links into outDir: it stays even if a later step fails. */
  let servedEarly = false
  /** The step after the pages went live was ended for a newer build: not a failure. */
  let yielded = false
  let timedOut = false
  let running: StepRun | null = null
  const timer = setTimeout(() => {
    timedOut = true
    running?.kill()
  }, options.timeoutMs)
  try {
    await plan.before?.()
    for (const step of plan.steps(outDir)) {
      const skipped = step.skip?.()
      if (skipped) {
        log(`Đang dựng trang: bỏ qua ${step.label} (${skipped})`)
        continue
      }
      if (step.carryOver) await goLiveBefore(step, step.carryOver)
      const stepBegan = Date.now()
      log(`Đang dựng trang: ${step.label}...`)
      const run = runStep(step, tail, log)
      running = run
      options.onStep?.(run)
      if (step.carryOver && servedEarly)
        options.onYieldable?.(() => {
          yielded = true
          run.kill()
        })
      try {
        await run.done
      } finally {
        options.onYieldable?.(null)
      }
      log(`Đang dựng trang: ${step.label} xong sau ${seconds(Date.now() - stepBegan)} giây`)
    }
    if (!existsSync(path.join(outDir, 'index.html')))
      throw new Error('Bản dựng không có trang chủ (index.html), không đưa lên mạng.')
    switchCurrent(layout, outDir)
    pruneBuilds(layout, options.keep)
    const durationMs = Date.now() - began
    const at = new Date().toISOString()
    const report = plan.report?.()
    if (report) log(`Đang dựng trang: ${describeReport(report)}`)
    record(layout, (status) => ({
      ...status,
      lastGood: { at, id: name, durationMs, reasons, ...(report ? { report } : {}) },
      lastAttempt: { at, ok: true },
    }))
    log(`Đang dựng trang: đã đưa bản dựng mới lên mạng sau ${seconds(durationMs)} giây`)
    return true
  } catch (error) {
    if (yielded && !timedOut) {
      // The new pages are live with the last index; the next build, already waiting, indexes its own.
      record(layout, (status) => ({ ...status, lastAttempt: { at: new Date().toISOString(), ok: true } }))
      log('Đang dựng trang: dừng lập chỉ mục tìm kiếm để dựng ngay thay đổi mới (trang mới đã lên mạng)')
      return true
    }
    let message = error instanceof Error ? error.message : String(error)
    if (timedOut)
      message = `Quá thời gian dựng trang (${Math.round(options.timeoutMs / 1000)} giây). ${message}`
    if (!servedEarly) rmSync(outDir, { recursive: true, force: true })
    const at = new Date().toISOString()
    const status = record(layout, (previous) => ({
      ...previous,
      lastError: { at, message, logTail: tail.lines },
      lastAttempt: { at, ok: false },
    }))
    const kept = status.lastGood
      ? `trang web vẫn giữ bản dựng lúc ${status.lastGood.at}`
      : 'chưa có bản dựng nào thành công'
    log(`Lỗi dựng trang: ${message} — ${kept}. Chi tiết: ${layout.status}`)
    return false
  } finally {
    clearTimeout(timer)
    options.onStep?.(null)
  }
}

function record(layout: SiteLayout, change: (status: SiteStatus) => SiteStatus): SiteStatus {
  const next = change(readStatus(layout.status))
  writeStatus(layout.status, next)
  return next
}
