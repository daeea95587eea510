/**
 * Jobs left `processing` by a process that died (a restart, a crash, a Lambda pass cut off at its limit): Payload
 * only picks jobs with `processing: false`, so such a job never ran again. A job processing (since its claim or
 * its last progress, `updatedAt`) longer than its task's declared timeout, whose runner is gone, is released to
 * run again (`totalTried` + 1), at most as many times as the task's retries; past them it is marked failed with
 * a Vietnamese reason. Fan-outs and imports are left alone: `onInit` resumes them from their own checkpoint.
 *
 * Gone: a runner of this host whose process no longer exists (pid and start time). A runner of another host
 * (another container, a Lambda) cannot be asked: it is judged gone once the job has been processing twice its
 * timeout, since no runner keeps a job past its timeout.
 */
import { FAN_OUT_NOTICE_TASK, IMPORT_MEMBERS_TASK } from '@sotay/content-schemas'
import type { Payload, TaskConfig } from 'payload'
import { isAlive, parseRunner, thisRunner } from './runner.ts'

/** A task's timeout unless declared below: a Lambda pass's longest life (15 min). */
export const DEFAULT_JOB_TIMEOUT_MS = 15 * 60_000

/** The tasks whose work may run longer than the default, by slug. */
export const JOB_TIMEOUTS_MS: Record<string, number> = {
  applyOrgChange: 60 * 60_000,
  renderDocumentPages: 30 * 60_000,
  synthesizeAudio: 30 * 60_000,
}

const RESUMED_ON_INIT = new Set<string>([FAN_OUT_NOTICE_TASK, IMPORT_MEMBERS_TASK])

export const ABANDONED_GAVE_UP =
  'Tiến trình chạy việc này đã dừng giữa chừng và việc đã được chạy lại đủ số lần cho phép.'

export interface ReleasedJobs {
  released: (number | string)[]
  failed: (number | string)[]
}

/** The retries a task allows, as Payload counts them (a number, or `{ attempts }`; none when unset). */
function retriesOf(task: TaskConfig | undefined): number {
  const retries = task?.retries
  if (typeof retries === 'number') return retries
  return retries?.attempts ?? 0
}

export async function releaseAbandonedJobs(payload: Payload, now = new Date()): Promise<ReleasedJobs> {
  const tasks = new Map((payload.config.jobs?.tasks ?? []).map((t) => [t.slug as string, t as TaskConfig]))
  const { docs } = await payload.db.find<{
    id: number | string
    taskSlug?: string | null
    updatedAt: string
    totalTried?: number | null
    runner?: string | null
  }>({
    collection: 'payload-jobs',
    where: { and: [{ processing: { equals: true } }, { completedAt: { exists: false } }] },
    limit: 0,
    pagination: false,
  })
  const out: ReleasedJobs = { released: [], failed: [] }
  for (const job of docs) {
    const slug = job.taskSlug ?? ''
    if (RESUMED_ON_INIT.has(slug)) continue
    const timeout = JOB_TIMEOUTS_MS[slug] ?? DEFAULT_JOB_TIMEOUT_MS
    const processingFor = now.getTime() - new Date(job.updatedAt).getTime()
    if (processingFor <= timeout) continue
    const runner = parseRunner(job.runner)
    const gone = runner && runner.host === thisRunner.host ? !isAlive(runner) : processingFor > 2 * timeout
    if (!gone) continue
    const tried = job.totalTried ?? 0
    const giveUp = tried >= retriesOf(tasks.get(slug))
    // Only while still claimed as this read saw it: a runner that finished meanwhile keeps its result.
    const updated = await payload.db.updateMany({
      collection: 'payload-jobs',
      where: {
        and: [
          { id: { equals: job.id } },
          { processing: { equals: true } },
          { updatedAt: { equals: job.updatedAt } },
        ],
      },
      data: giveUp
        ? {
            processing: false,
            hasError: true,
            error: { message: ABANDONED_GAVE_UP },
            totalTried: tried + 1,
            updatedAt: now.toISOString(),
          }
        : { processing: false, totalTried: tried + 1, waitUntil: null, updatedAt: now.toISOString() },
    })
    if (!updated?.length) continue
    ;(giveUp ? out.failed : out.released).push(job.id)
    payload.logger.warn(
      giveUp
        ? `Việc ${slug} #${job.id} bị bỏ dở quá số lần chạy lại: đánh dấu lỗi.`
        : `Việc ${slug} #${job.id} bị bỏ dở (tiến trình đã dừng): đưa lại vào hàng đợi.`,
    )
  }
  return out
}

export const RELEASE_ABANDONED_TASK = 'releaseAbandonedJobs'

export const releaseAbandonedJobsTask: TaskConfig<{
  input: Record<string, never>
  output: { released: number; failed: number }
}> = {
  slug: RELEASE_ABANDONED_TASK,
  label: 'Đưa lại vào hàng đợi các việc bị bỏ dở',
  outputSchema: [
    { name: 'released', type: 'number' },
    { name: 'failed', type: 'number' },
  ],
  schedule: [{ cron: '0 * * * * *', queue: 'default' }],
  handler: async ({ req }) => {
    const { released, failed } = await releaseAbandonedJobs(req.payload)
    return { output: { released: released.length, failed: failed.length } }
  },
}
