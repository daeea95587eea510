/**
 * Which process runs a job. Payload marks a claimed job `processing: true` and nothing else: a process that dies
 * mid-job leaves the row claimed forever, and nothing tells a live runner from a dead one. So every task's
 * handler first writes its runner (host, pid, start time) on the job; the recovery (releaseAbandoned.ts) asks
 * whether that process still exists.
 */
import { readFileSync } from 'node:fs'
import { hostname } from 'node:os'
import type { TaskConfig } from 'payload'

export interface Runner {
  host: string
  pid: number
  /** When the process started (ms since the epoch): a pid reused by a later process is not the runner. */
  startedAt: number
}

export const thisRunner: Runner = {
  host: hostname(),
  pid: process.pid,
  startedAt: Math.round(performance.timeOrigin),
}

export const runnerLabel = (r: Runner) => `${r.host}:${r.pid}:${r.startedAt}`

export function parseRunner(label: unknown): Runner | null {
  if (typeof label !== 'string') return null
  const m = /^(.*):(\d+):(\d+)$/.exec(label)
  return m ? { host: m[1] as string, pid: Number(m[2]), startedAt: Number(m[3]) } : null
}

/** Start time of a local process from /proc (Linux): null when it does not exist, undefined where /proc is not there. */
function startedAtOf(pid: number): number | null | undefined {
  let boot: number
  try {
    boot = Number(/^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1])
  } catch {
    return undefined
  }
  let stat: string
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  } catch {
    return null
  }
  // The command name (2nd field) may hold spaces: count the fields after its closing parenthesis; the 22nd
  // field, the start time, is in clock ticks (100 a second on Linux) since boot.
  const ticks = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19])
  return boot * 1000 + ticks * 10
}

/**
 * Whether `runner`, a process of this host, still exists: its pid answers and (where /proc tells) it started when
 * the runner did, within 2 s (the kernel counts in clock ticks, the runner in ms).
 */
export function isAlive(runner: Runner): boolean {
  if (runner.pid === process.pid) return runner.startedAt === thisRunner.startedAt
  try {
    process.kill(runner.pid, 0)
  } catch (error) {
    // EPERM: the pid exists under another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false
  }
  const started = startedAtOf(runner.pid)
  if (started === null) return false
  return started === undefined || Math.abs(started - runner.startedAt) < 2000
}

/** The task with its handler writing this process on the job first (one small update per job). */
export function stampingRunner<T extends TaskConfig>(task: T): T {
  const handler = task.handler
  if (typeof handler !== 'function') return task
  const stamped: typeof handler = async (args) => {
    const { job, req } = args
    await req.payload.db.updateOne({
      collection: 'payload-jobs',
      id: job.id,
      data: { runner: runnerLabel(thisRunner) },
      req,
      returning: false,
    })
    return handler(args)
  }
  return { ...task, handler: stamped } as T
}
