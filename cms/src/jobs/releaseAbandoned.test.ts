/**
 * Jobs a dead process left `processing`, on a real database: released to run again once past their timeout,
 * then run; marked failed with the Vietnamese reason once their retries are spent; a live runner's job, a job
 * still within its timeout, and another host's job within twice its timeout are left alone.
 */
import { spawnSync } from 'node:child_process'
import { APPLY_ORG_CHANGE_TASK } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { testPayload } from '../../test/payload.ts'
import { MEETING_REMINDERS_TASK } from '../collections/Meetings/jobs/reminders.ts'
import { ABANDONED_GAVE_UP, DEFAULT_JOB_TIMEOUT_MS, releaseAbandonedJobs } from './releaseAbandoned.ts'
import { runnerLabel, thisRunner } from './runner.ts'

let payload: Payload
const MIN = 60_000

/** A runner of this host whose process has exited: a child that reports its pid and start, then ends. */
function deadRunner(): string {
  const run = spawnSync(process.execPath, [
    '-e',
    'process.stdout.write(process.pid + " " + Math.round(performance.timeOrigin))',
  ])
  const [pid, startedAt] = String(run.stdout).split(' ').map(Number)
  return runnerLabel({ host: thisRunner.host, pid: pid as number, startedAt: startedAt as number })
}

/** A queued reminders job (retries: 1), then claimed by `runner` `ago` ms before now, as Payload claims. */
async function claimed(runner: string | null, ago: number, totalTried = 0) {
  const job = (await payload.jobs.queue({ task: MEETING_REMINDERS_TASK as never, input: {} as never })) as {
    id: number | string
  }
  await payload.db.updateOne({
    collection: 'payload-jobs',
    id: job.id,
    data: { processing: true, runner, totalTried, updatedAt: new Date(Date.now() - ago).toISOString() },
  })
  return job.id
}

const jobRow = async (id: number | string) =>
  (await payload.db.findOne({ collection: 'payload-jobs', where: { id: { equals: id } } })) as {
    processing?: boolean
    hasError?: boolean
    totalTried?: number
    error?: { message?: string } | null
  } | null

describe('jobs left processing by a dead process', () => {
  beforeAll(async () => {
    payload = await testPayload()
  })

  it('releases a dead runner’s job past its timeout, and the queue then runs it', async () => {
    const id = await claimed(deadRunner(), DEFAULT_JOB_TIMEOUT_MS + MIN)
    const { released } = await releaseAbandonedJobs(payload)
    expect(released).toContainEqual(id)
    expect(await jobRow(id)).toMatchObject({ processing: false, totalTried: 1 })
    await payload.jobs.runByID({ id })
    // Completed jobs are deleted by Payload: the reminders ran to the end.
    expect(await jobRow(id)).toBeNull()
  })

  it('marks it failed, with the reason in Vietnamese, once its retries are spent', async () => {
    const id = await claimed(deadRunner(), DEFAULT_JOB_TIMEOUT_MS + MIN, 1)
    const { failed } = await releaseAbandonedJobs(payload)
    expect(failed).toContainEqual(id)
    const row = await jobRow(id)
    expect(row).toMatchObject({ processing: false, hasError: true })
    expect(row?.error?.message).toBe(ABANDONED_GAVE_UP)
  })

  it('leaves a live runner, a job within its timeout, and another host within twice it', async () => {
    const live = await claimed(runnerLabel(thisRunner), DEFAULT_JOB_TIMEOUT_MS + MIN)
    const recent = await claimed(deadRunner(), DEFAULT_JOB_TIMEOUT_MS - MIN)
    const remote = await claimed('may-khac:4242:1700000000000', DEFAULT_JOB_TIMEOUT_MS + MIN)
    const { released, failed } = await releaseAbandonedJobs(payload)
    for (const id of [live, recent, remote]) {
      expect([...released, ...failed]).not.toContainEqual(id)
      expect(await jobRow(id)).toMatchObject({ processing: true })
    }
    // Past twice its timeout, another host's runner is judged gone.
    const later = new Date(Date.now() + DEFAULT_JOB_TIMEOUT_MS)
    expect((await releaseAbandonedJobs(payload, later)).released).toContainEqual(remote)
  })

  it('stamps the process running a job on it', async () => {
    // A change that does not exist fails (no retries), so the row stays to be read; a completed one is deleted.
    const job = (await payload.jobs.queue({
      task: APPLY_ORG_CHANGE_TASK as never,
      input: { changeId: '987654321' } as never,
    })) as { id: number | string }
    await payload.jobs.runByID({ id: job.id, silent: true })
    const row = (await jobRow(job.id)) as { runner?: string; hasError?: boolean }
    expect(row).toMatchObject({ hasError: true, runner: runnerLabel(thisRunner) })
  })
})
