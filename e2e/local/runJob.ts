/**
 * Queues one job task by its slug and runs it at once, through a second local Payload on the stack's SQLite
 * file (as the CMS's scheduler would); prints the job's output. Run by e2e/localPayload.ts with tsx.
 */
import { parseArgs } from 'node:util'
import { openPayload } from '@sotay/cms'

const { values } = parseArgs({ options: { task: { type: 'string' } } })
const RUNNABLE = ['remindTasks', 'remindCalendarEntries'] as const
const task = RUNNABLE.find((slug) => slug === values.task)
if (!task) throw new Error(`Không chạy được việc "${values.task}" từ kiểm thử.`)

const payload = await openPayload()
const job = await payload.jobs.queue({ task, input: {}, queue: 'e2e' })
const result = await payload.jobs.runByID({ id: job.id })
// A job that finished is deleted (Payload's default): what is left to report is whether the run errored.
console.log(JSON.stringify({ job: job.id, status: result.jobStatus ?? null }))
process.exit(0)
