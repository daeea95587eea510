/** Runs a script under e2e/local/ with its own Payload on the stack's data, in production mode (migrations, no push). */
import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import type { StackInfo } from './stack.ts'

const repo = path.resolve(import.meta.dirname, '..')
const run = promisify(execFile)

async function runLocal(stack: StackInfo, script: string, args: string[]): Promise<any> {
  const { DATABASE_URL: _ignored, ...env } = process.env
  const { stdout } = await run(
    path.join(repo, 'node_modules', '.bin', 'tsx'),
    [path.join(repo, 'e2e', 'local', script), ...args],
    {
      cwd: path.join(repo, 'cms'),
      env: { ...env, DATA_DIR: stack.dataDir, NODE_ENV: 'production', JOBS_AUTORUN: 'false' },
    },
  )
  // The script's Payload may still flush a log line after the answer, so the answer is the last JSON line.
  const answer = stdout
    .trim()
    .split('\n')
    .findLast((line) => line.startsWith('{'))
  if (!answer) throw new Error(`${script} không trả lời; nó in ra:\n${stdout}`)
  return JSON.parse(answer)
}

/** Schedules `id` in `collection` to be published at `at` on behalf of `userId`; the running server publishes it. */
export function queueScheduledPublish(
  stack: StackInfo,
  job: { collection: string; id: string | number; at: Date; userId?: string | number },
): Promise<{ job: string | number }> {
  const args = ['--collection', job.collection, '--id', String(job.id), '--at', job.at.toISOString()]
  if (job.userId !== undefined) args.push('--user', String(job.userId))
  return runLocal(stack, 'queueScheduledPublish.ts', args)
}

/** Runs one reminder job now (remindTasks, remindCalendarEntries), as the CMS's scheduler would; its output. */
export function runJobNow(stack: StackInfo, task: 'remindTasks' | 'remindCalendarEntries'): Promise<any> {
  return runLocal(stack, 'runJob.ts', ['--task', task])
}

/** Brings a meeting posted for a later month to now (its month and on-time verdict kept): local/meetingDay.ts. */
export function meetingDay(
  stack: StackInfo,
  meetingId: string | number,
): Promise<{ startsAt: string; endsAt: string }> {
  return runLocal(stack, 'meetingDay.ts', [String(meetingId)])
}
