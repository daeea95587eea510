/**
 * Queues Payload's `schedulePublish` job the way the admin's "Lên lịch xuất bản" does, through a second
 * local Payload on the stack's SQLite file (WAL lets both open it). Run by e2e/localPayload.ts with tsx.
 */
import { parseArgs } from 'node:util'
import { openPayload } from '@sotay/cms'

const { values } = parseArgs({
  options: {
    collection: { type: 'string' },
    id: { type: 'string' },
    at: { type: 'string' },
    user: { type: 'string' },
  },
})

/** The collections with drafts and scheduled publish. */
const SCHEDULED = ['news', 'documents', 'study-topics', 'faq'] as const
const collection = SCHEDULED.find((slug) => slug === values.collection)
if (!collection) throw new Error(`Không lên lịch xuất bản được cho "${values.collection}".`)

const payload = await openPayload()
const job = await payload.jobs.queue({
  task: 'schedulePublish',
  input: {
    type: 'publish',
    doc: { relationTo: collection, value: String(values.id) },
    ...(values.user ? { user: { relationTo: 'users', value: Number(values.user) || values.user } } : {}),
  },
  waitUntil: new Date(values.at!),
})
console.log(JSON.stringify({ job: job.id }))
process.exit(0)
