/** The builder's record (data/site/status.json): the live build, the last failure and why, for the admin and for ops. */
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import type { BuildReport } from './buildReport.ts'
import type { SchedulerState } from './scheduler.ts'

export interface BuildRecord {
  /** ISO time the build finished. */
  at: string
  /** Folder name under builds/. */
  id: string
  durationMs: number
  reasons: string[]
  /** Pages rendered or reused and search parts indexed or reused, when the plan reports them. */
  report?: BuildReport
}

export interface BuildFailure {
  at: string
  message: string
  /** The last lines the build printed. */
  logTail: string[]
}

export interface SiteStatus {
  state: SchedulerState
  lastGood: BuildRecord | null
  lastError: BuildFailure | null
  /** Did the most recent build succeed? (lastError may be older than lastGood.) */
  lastAttempt: { at: string; ok: boolean } | null
  /** Builds attempted since the server started. */
  attempts: number
}

export const EMPTY_STATUS: SiteStatus = {
  state: 'idle',
  lastGood: null,
  lastError: null,
  lastAttempt: null,
  attempts: 0,
}

export function readStatus(file: string): SiteStatus {
  try {
    return { ...EMPTY_STATUS, ...JSON.parse(readFileSync(file, 'utf8')) }
  } catch {
    return { ...EMPTY_STATUS }
  }
}

/** Written whole then renamed, so a reader never sees half a file. */
export function writeStatus(file: string, status: SiteStatus): void {
  const temporary = `${file}.${process.pid}.tmp`
  writeFileSync(temporary, `${JSON.stringify(status, null, 2)}\n`)
  renameSync(temporary, file)
}

/** What anyone may see: no build log. */
export function publicStatus(status: SiteStatus): SiteStatus {
  return status.lastError ? { ...status, lastError: { ...status.lastError, logTail: [] } } : status
}
